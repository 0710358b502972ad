// An organization's part of the staff workspace: members only. Non-members get the same 404 as an
// unknown organization. Each page below checks membership again (layouts and pages render apart).
import type { ReactNode } from "react";
import { requireMembership } from "@/lib/auth/require-membership";

export const dynamic = "force-dynamic";

type Props = { children: ReactNode; params: Promise<{ orgSlug: string }> };

export default async function OrganizationLayout({ children, params }: Props) {
  await requireMembership((await params).orgSlug);
  return children;
}
