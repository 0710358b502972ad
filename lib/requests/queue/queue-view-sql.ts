// A queue view's conditions as SQL: the one place that turns the queue's filters into a WHERE clause, for
// the queue's pages (list-queue.ts) and for the request-log export of the current view. Both read with one
// raw statement because the figures asked for it (docs/benchmarks.md: Prisma's per-query cost, 3–4 ms of
// CPU for each findMany, was most of a queue page's time, and it materialised 25k export rows/s where
// COPY does 200k). Every condition names the organization; unverified requests are never in a status list.
import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { addCalendarDays, endOfZonedDay, toZonedDate } from "@/lib/deadlines/zoned-time";
import { CLOSED_STATUSES, OPEN_STATUSES } from "@/lib/requests/workflow";
import { QUEUE_STATUSES, parseQueueSearch, type QueueFilters, type QueueStatus, type StatusFilter } from "./schemas";

/** The statuses a status filter stands for; never PENDING_VERIFICATION. */
function statusesFor(status: StatusFilter): QueueStatus[] {
  if (status === "open") return OPEN_STATUSES as QueueStatus[];
  if (status === "closed") return CLOSED_STATUSES as QueueStatus[];
  if (status === "all") return [...QUEUE_STATUSES];
  return [status];
}

/** A view's conditions apart from the status (the queue reads one status at a time), and its statuses. */
export type QueueViewSql = { conditions: Prisma.Sql; statuses: QueueStatus[] };

export type QueueViewOutcome = QueueViewSql | { isEmpty: true; isSearchUnrecognized: boolean };

const TRUE = Prisma.sql`TRUE`;
const FALSE = Prisma.sql`FALSE`;

/** `r.status = …` for one status, `r.status IN (…)` for several. */
export function statusSql(statuses: readonly QueueStatus[]): Prisma.Sql {
  if (statuses.length === 1) return Prisma.sql`r.status = ${statuses[0]}::"RequestStatus"`;
  return Prisma.sql`r.status IN (${Prisma.join(statuses.map((s) => Prisma.sql`${s}::"RequestStatus"`))})`;
}

function assigneeSql(filters: QueueFilters, userId: string | null): Prisma.Sql {
  if (filters.assignee === "any") return TRUE;
  // An API key is nobody: nothing is assigned to it (and "IS NULL" would mean "unassigned").
  if (filters.assignee === "me") return userId ? Prisma.sql`r."assigneeId" = ${userId}::uuid` : FALSE;
  if (filters.assignee === "unassigned") return Prisma.sql`r."assigneeId" IS NULL`;
  return Prisma.sql`r."assigneeId" = ${filters.assignee.userId}::uuid`;
}

async function dueSql(filters: QueueFilters, organizationId: string, now: Date): Promise<Prisma.Sql> {
  if (filters.due === "any") return TRUE;
  if (filters.due === "overdue") return Prisma.sql`r."dueAt" < ${now}::timestamp`;
  // "Due within N days" ends at midnight N days from today, in the organization's time zone.
  const db = await getDb();
  const { timeZone } = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { timeZone: true } });
  const lastDay = addCalendarDays(toZonedDate(now, timeZone), filters.due.withinDays);
  return Prisma.sql`r."dueAt" >= ${now}::timestamp AND r."dueAt" <= ${endOfZonedDay(lastDay, timeZone)}::timestamp`;
}

/**
 * The conditions of the view `filters` describes (on `"PrivacyRequest" r`), or why nothing can match.
 * `now` decides what is overdue; `userId` is "me".
 */
export async function queueViewSql(
  organizationId: string,
  filters: QueueFilters,
  { now, userId }: { now: Date; userId: string | null },
): Promise<QueueViewOutcome> {
  const search = parseQueueSearch(filters.q);
  if (search.kind === "unrecognized") return { isEmpty: true, isSearchUnrecognized: true };

  let statuses = statusesFor(filters.status);
  // A due-date filter is about work still to do: closed requests are neither overdue nor due.
  if (filters.due !== "any") statuses = statuses.filter((s) => OPEN_STATUSES.includes(s));
  if (statuses.length === 0) return { isEmpty: true, isSearchUnrecognized: false };

  const parts = [
    Prisma.sql`r."organizationId" = ${organizationId}::uuid`,
    Prisma.sql`r.queue = ${filters.queue}::"Queue"`,
    filters.type === "all" ? TRUE : Prisma.sql`r.type = ${filters.type}::"RequestType"`,
    assigneeSql(filters, userId),
    search.kind === "reference" ? Prisma.sql`r.reference = ${search.reference}` : TRUE,
    search.kind === "email" ? Prisma.sql`r."subjectEmail" = ${search.email}` : TRUE,
    await dueSql(filters, organizationId, now),
  ];
  return { conditions: Prisma.join(parts, " AND "), statuses };
}
