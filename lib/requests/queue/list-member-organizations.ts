// The organizations a staff member belongs to, with their role and, per queue, the open requests and how
// many of them are overdue or due within DUE_SOON_DAYS: the dashboard's home page and the organization switcher.
import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Queue, Role } from "@/lib/db/generated/enums";
import { addCalendarDays, endOfZonedDay, toZonedDate } from "@/lib/deadlines/zoned-time";
import { OPEN_STATUSES } from "@/lib/requests/workflow";
import type { OpenCounts } from "./count-open-by-queue";
import { DUE_SOON_DAYS } from "./describe-due";

export type DueCounts = Record<Queue, { overdue: number; dueSoon: number }>;

export type MemberOrganization = { slug: string; name: string; role: Role; open: OpenCounts | null; due: DueCounts | null };

/** `now` decides what is overdue and due soon; `countOpen: false` skips the counts. */
type Options = { countOpen?: true; now: Date } | { countOpen: false };

/**
 * `countOpen: false` skips the counts (null) where only names and roles are shown, as in the switcher.
 * "Due soon" is the queue's "due within 7 days" filter: from `now` to the end of the 7th day from today
 * in each organization's time zone; overdue is due before `now`.
 */
export async function listMemberOrganizations(userId: string, options: Options): Promise<MemberOrganization[]> {
  const db = await getDb();
  const memberships = await db.membership.findMany({
    where: { userId },
    select: { role: true, organization: { select: { id: true, slug: true, name: true, timeZone: true } } },
    orderBy: { organization: { name: "asc" } },
  });
  const summary = ({ role, organization }: (typeof memberships)[number]) => ({ slug: organization.slug, name: organization.name, role });
  if (options.countOpen === false || memberships.length === 0) return memberships.map((m) => ({ ...summary(m), open: null, due: null }));
  const { now } = options;

  // Each organization's "due soon" ends on its own midnight, so the bounds come in as a table beside the
  // membership join that scopes the counts to this member's organizations.
  const bounds = Prisma.join(
    memberships.map(({ organization: { id, timeZone } }) => {
      const soonUntil = endOfZonedDay(addCalendarDays(toZonedDate(now, timeZone), DUE_SOON_DAYS), timeZone);
      return Prisma.sql`(${id}::uuid, ${soonUntil}::timestamp)`;
    }),
  );
  const statuses = Prisma.join(OPEN_STATUSES.map((status) => Prisma.sql`${status}::"RequestStatus"`));
  const groups = await db.$queryRaw<{ organizationId: string; queue: Queue; open: number; overdue: number; dueSoon: number }[]>`
    SELECT r."organizationId", r.queue::text AS queue,
      COUNT(*)::int AS open,
      (COUNT(*) FILTER (WHERE r."dueAt" < ${now}::timestamp))::int AS overdue,
      (COUNT(*) FILTER (WHERE r."dueAt" >= ${now}::timestamp AND r."dueAt" <= b.soon_until))::int AS "dueSoon"
    FROM "PrivacyRequest" r
    JOIN "Membership" m ON m."organizationId" = r."organizationId" AND m."userId" = ${userId}::uuid
    JOIN (VALUES ${bounds}) AS b(organization_id, soon_until) ON b.organization_id = r."organizationId"
    WHERE r.status IN (${statuses})
    GROUP BY r."organizationId", r.queue`;

  return memberships.map((m) => {
    const open: OpenCounts = { CONTROLLER: 0, PROCESSOR: 0 };
    const due: DueCounts = { CONTROLLER: { overdue: 0, dueSoon: 0 }, PROCESSOR: { overdue: 0, dueSoon: 0 } };
    for (const g of groups) {
      if (g.organizationId !== m.organization.id) continue;
      open[g.queue] = g.open;
      due[g.queue] = { overdue: g.overdue, dueSoon: g.dueSoon };
    }
    return { ...summary(m), open, due };
  });
}
