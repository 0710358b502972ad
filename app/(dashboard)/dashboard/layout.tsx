// Every staff page sits in the dashboard shell. The layout checks the session too, but each page
// still calls requireMembership/requireUser itself: layouts and pages render independently.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DashboardShell } from "@/components/dashboard/dashboard-shell";
import { sectionsFor } from "@/components/dashboard/workspace-sections";
import { requireUser } from "@/lib/auth/require-membership";
import { roleLabel } from "@/lib/auth/roles";
import { listMemberOrganizations } from "@/lib/requests/queue/list-member-organizations";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const organizations = await listMemberOrganizations(user.id, { countOpen: false });
  return (
    <DashboardShell
      user={{ email: user.email }}
      organizations={organizations.map((o) => ({ slug: o.slug, name: o.name, roleLabel: roleLabel[o.role] }))}
      sectionsByOrg={Object.fromEntries(organizations.map((o) => [o.slug, sectionsFor(o.role)]))}
    >
      {children}
    </DashboardShell>
  );
}
