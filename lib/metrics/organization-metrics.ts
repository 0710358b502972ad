// The numbers of an organization's overview: its open work now, how fast and how punctually it closes
// requests, and how many arrive, by type and month. Aggregated in PostgreSQL, one organization at a time.
import { getDb } from "@/lib/db/client";
import type { Queue, RequestStatus, RequestType } from "@/lib/db/generated/enums";
import { addCalendarDays, formatIsoDate, toZonedDate } from "@/lib/deadlines/zoned-time";

export type OrganizationMetrics = {
  open: { status: RequestStatus; queue: Queue; count: number }[];
  /** Open requests whose clock runs (not waiting on the subject) and whose due date has passed. */
  overdue: number;
  /** Open requests due from now to the end of the seventh day from today. */
  dueThisWeek: number;
  /** Requests completed or denied in the last 12 months. */
  closed: {
    count: number;
    /** Calendar days from receipt to closure; null when nothing closed. */
    medianDays: number | null;
    p90Days: number | null;
    /** Share closed by their due date, 0–1; null when nothing closed. */
    onTimeShare: number | null;
  };
  /** Verified requests received in each of the last 12 months (organization's time zone), by type. */
  perMonth: { month: string; counts: Partial<Record<RequestType, number>> }[];
};

const toNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** The last `count` months up to the one `now` falls in, as YYYY-MM, oldest first. */
export function lastMonths(now: Date, timeZone: string, count: number): string[] {
  const today = toZonedDate(now, timeZone);
  return Array.from({ length: count }, (_, i) => {
    const index = today.year * 12 + (today.month - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
}

export async function getOrganizationMetrics(org: { id: string; timeZone: string }, now: Date): Promise<OrganizationMetrics> {
  const db = await getDb();
  const weekEnd = addCalendarDays(toZonedDate(now, org.timeZone), 7);
  const months = lastMonths(now, org.timeZone, 12);

  const open = await db.$queryRaw<{ status: RequestStatus; queue: Queue; count: bigint }[]>`
    SELECT status, queue, count(*) AS count FROM "PrivacyRequest"
    WHERE "organizationId" = ${org.id}::uuid AND status IN ('NEW', 'IN_PROGRESS', 'AWAITING_SUBJECT')
    GROUP BY status, queue ORDER BY status, queue`;

  const [due] = await db.$queryRaw<{ overdue: bigint; due_this_week: bigint }[]>`
    SELECT
      count(*) FILTER (WHERE "dueAt" < ${now}) AS overdue,
      count(*) FILTER (WHERE "dueAt" >= ${now} AND (("dueAt" AT TIME ZONE 'UTC') AT TIME ZONE ${org.timeZone})::date <= ${formatIsoDate(weekEnd)}::date) AS due_this_week
    FROM "PrivacyRequest"
    WHERE "organizationId" = ${org.id}::uuid AND status IN ('NEW', 'IN_PROGRESS')`;

  const [closed] = await db.$queryRaw<{ count: bigint; median: number | null; p90: number | null; on_time: number | null }[]>`
    SELECT count(*) AS count,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY days) AS p90,
      avg(CASE WHEN on_time THEN 1.0 ELSE 0.0 END) AS on_time
    FROM (
      SELECT extract(epoch FROM "closedAt" - "receivedAt") / 86400.0 AS days, "closedAt" <= "dueAt" AS on_time
      FROM "PrivacyRequest"
      WHERE "organizationId" = ${org.id}::uuid AND status IN ('COMPLETED', 'DENIED')
        AND "closedAt" > ${now}::timestamp - interval '12 months' AND "closedAt" <= ${now}
    ) AS c`;

  const perMonthRows = await db.$queryRaw<{ month: string; type: RequestType; count: bigint }[]>`
    SELECT to_char(("receivedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${org.timeZone}, 'YYYY-MM') AS month, type, count(*) AS count
    FROM "PrivacyRequest"
    WHERE "organizationId" = ${org.id}::uuid AND "verifiedAt" IS NOT NULL
      AND to_char(("receivedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${org.timeZone}, 'YYYY-MM') >= ${months[0]!}
    GROUP BY 1, 2`;
  const perMonth = months.map((month) => ({
    month,
    counts: Object.fromEntries(perMonthRows.filter((r) => r.month === month).map((r) => [r.type, Number(r.count)])) as Partial<Record<RequestType, number>>,
  }));

  return {
    open: open.map((r) => ({ status: r.status, queue: r.queue, count: Number(r.count) })),
    overdue: Number(due?.overdue ?? 0),
    dueThisWeek: Number(due?.due_this_week ?? 0),
    closed: {
      count: Number(closed?.count ?? 0),
      medianDays: toNumber(closed?.median),
      p90Days: toNumber(closed?.p90),
      onTimeShare: toNumber(closed?.on_time),
    },
    perMonth,
  };
}
