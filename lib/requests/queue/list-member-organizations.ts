// The organizations a staff member belongs to, with their role and the open requests in each queue:
// the dashboard's home page and the organization switcher.
import "server-only";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { OPEN_STATUSES } from "@/lib/requests/workflow";
import type { OpenCounts } from "./count-open-by-queue";

export type MemberOrganization = { slug: string; name: string; role: Role; open: OpenCounts | null };

/** `countOpen: false` skips the counts (null) where only names and roles are shown, as in the switcher. */
export async function listMemberOrganizations(userId: string, { countOpen = true } = {}): Promise<MemberOrganization[]> {
  const db = await getDb();
  const memberships = await db.membership.findMany({
    where: { userId },
    select: { role: true, organization: { select: { id: true, slug: true, name: true } } },
    orderBy: { organization: { name: "asc" } },
  });
  if (!countOpen) return memberships.map(({ role, organization }) => ({ slug: organization.slug, name: organization.name, role, open: null }));
  const ids = memberships.map((m) => m.organization.id);
  const groups = await db.privacyRequest.groupBy({
    by: ["organizationId", "queue"],
    where: { organizationId: { in: ids }, status: { in: [...OPEN_STATUSES] } },
    _count: { _all: true },
  });
  return memberships.map(({ role, organization }) => {
    const open: OpenCounts = { CONTROLLER: 0, PROCESSOR: 0 };
    for (const g of groups) if (g.organizationId === organization.id) open[g.queue] = g._count._all;
    return { slug: organization.slug, name: organization.name, role, open };
  });
}
