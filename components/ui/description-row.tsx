// One term and its description in a <dl>, as the request pages list a request's facts.
import type { ReactNode } from "react";

export function DescriptionRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
