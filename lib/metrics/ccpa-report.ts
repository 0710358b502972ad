// The yearly metrics CCPA Regulations §7102(a) ask a business to compile: per kind of request, how many it
// received, complied with in whole or in part, and denied, and the median number of days it took to respond.
// A calendar year in the organization's time zone; requests count in the year they were received.
import { getDb } from "@/lib/db/client";
import type { RequestType } from "@/lib/db/generated/enums";
import { RequestType as RequestTypes } from "@/lib/db/generated/enums";

export type CcpaReportRow = {
  type: RequestType;
  received: number;
  /** Completed with the data given, partly given, or none held: the business responded substantively. */
  compliedInWholeOrPart: number;
  denied: number;
  /** Calendar days from receipt to the response, over complied and denied requests; null when none. */
  medianDaysToRespond: number | null;
};

export async function getCcpaReport(org: { id: string; timeZone: string }, year: number): Promise<CcpaReportRow[]> {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`Not a year: ${year}`);
  const db = await getDb();
  const rows = await db.$queryRaw<{ type: RequestType; received: bigint; complied: bigint; denied: bigint; median: number | null }[]>`
    SELECT type,
      count(*) AS received,
      count(*) FILTER (WHERE status = 'COMPLETED' AND outcome IN ('FULFILLED', 'PARTIALLY_FULFILLED', 'NO_DATA_FOUND')) AS complied,
      count(*) FILTER (WHERE status = 'DENIED') AS denied,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "closedAt" - "receivedAt") / 86400.0)
        FILTER (WHERE status = 'DENIED' OR (status = 'COMPLETED' AND outcome IN ('FULFILLED', 'PARTIALLY_FULFILLED', 'NO_DATA_FOUND'))) AS median
    FROM "PrivacyRequest"
    WHERE "organizationId" = ${org.id}::uuid AND "verifiedAt" IS NOT NULL
      AND extract(year FROM ("receivedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${org.timeZone}) = ${year}
    GROUP BY type`;
  return Object.values(RequestTypes).map((type) => {
    const row = rows.find((r) => r.type === type);
    return {
      type,
      received: Number(row?.received ?? 0),
      compliedInWholeOrPart: Number(row?.complied ?? 0),
      denied: Number(row?.denied ?? 0),
      medianDaysToRespond: row?.median === null || row?.median === undefined ? null : Math.round(Number(row.median) * 10) / 10,
    };
  });
}
