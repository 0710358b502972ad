// The request-log CSV export of the big organization: the real exportRequestLog stream (keyset batches through
// Prisma, encoded, audited at the end) read to a sink that only counts bytes, against COPY (the same columns,
// rows and order) TO STDOUT through `pg`. Rows per second, and this process's memory sampled every 50 ms.
import { pipeline } from "node:stream/promises";
import { Writable } from "node:stream";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { endOfZonedDay, formatIsoDate, parseIsoDate, startOfZonedDay, toZonedDate } from "@/lib/deadlines/zoned-time";
import { exportRequestLog } from "@/lib/exports/export-request-log";
import type { StaffContext } from "@/lib/requests/run-staff-action";
import type { BenchDataset } from "./generate-bench-data";
import { MB, elapsedMs, fmt, withRssSampling, type ResultRow } from "./measure";

export const EXPORT_TARGET = { rowsPerSecond: 100_000, ratio: 3, rssGrowthMb: 64 };
const FROM_DAY = "2000-01-01";

type Run = { rows: number; bytes: number; ms: number; startRss: number; peakRss: number };

/** The median run by time, and the highest memory any run reached above its start. */
function summarizeRuns(runs: Run[]): { median: Run; growthMb: number; peakMb: number } {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return {
    median: sorted[Math.floor(sorted.length / 2)]!,
    growthMb: Math.max(...runs.map((r) => (r.peakRss - r.startRss) / MB)),
    peakMb: Math.max(...runs.map((r) => r.peakRss / MB)),
  };
}

export async function benchExport(args: { dataset: BenchDataset; raw: pg.Pool; runs: number; log: (line: string) => void }): Promise<ResultRow[]> {
  const { dataset, raw, log } = args;
  const org = (await raw.query<{ id: string; slug: string; name: string; timeZone: string }>(
    `SELECT id, slug, name, "timeZone" FROM "Organization" WHERE id = $1`,
    [dataset.bigOrgId],
  )).rows[0]!;
  const admin = (await raw.query<{ id: string; email: string; name: string }>(
    `SELECT u.id, u.email, u.name FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."organizationId" = $1 AND m.role = 'ADMIN' LIMIT 1`,
    [org.id],
  )).rows[0]!;
  const context: StaffContext = {
    user: admin,
    organization: org,
    role: "ADMIN",
    actor: { userId: admin.id, email: admin.email, ip: "192.0.2.1" },
  };
  const now = dataset.anchor;
  const toDay = formatIsoDate(toZonedDate(now, org.timeZone));

  const product = async (): Promise<Run> => {
    // Setup: the benchmark exports more often than the per-member limit allows in an hour.
    await raw.query(`DELETE FROM "RateLimitBucket" WHERE key LIKE 'export:%'`);
    const start = process.hrtime.bigint();
    const { result, startRss, peakRss } = await withRssSampling(async () => {
      let rows = 0;
      const exported = await exportRequestLog({
        context,
        selection: { kind: "range", from: FROM_DAY, to: toDay },
        format: "csv",
        includeIdentifiers: false,
        now,
        onBatch: (n) => (rows += n),
      });
      if (!exported.ok) throw new Error(`The export was refused: ${exported.error}`);
      let bytes = 0;
      const reader = exported.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
      }
      return { rows, bytes };
    });
    return { ...result, ms: elapsedMs(start), startRss, peakRss };
  };

  const baseline = async (): Promise<Run> => {
    const client = await raw.connect();
    try {
      const start = process.hrtime.bigint();
      const { result, startRss, peakRss } = await withRssSampling(async () => {
        const from = startOfZonedDay(parseIsoDate(FROM_DAY), org.timeZone).toISOString();
        const to = endOfZonedDay(parseIsoDate(toDay), org.timeZone).toISOString();
        // COPY takes no parameters: the values are ours (uuid, ISO instants), quoted as literals.
        const sql = `COPY (
          SELECT r.reference, r."receivedAt", r."verifiedAt", r."dueAt", r."closedAt", r.type, r.channel, r.queue, r.status, r.outcome,
            r."denialReason", r.regime, r."extendedAt", r."extensionDays", r."extensionMonths", r."extensionReason", u.email AS assignee_email,
            r."identifiersRemovedAt"
          FROM "PrivacyRequest" r LEFT JOIN "User" u ON u.id = r."assigneeId"
          WHERE r."organizationId" = '${org.id}' AND r.status <> 'PENDING_VERIFICATION'
            AND r."receivedAt" >= '${from}' AND r."receivedAt" <= '${to}' AND r."receivedAt" <= '${now.toISOString()}'
          ORDER BY r."receivedAt", r.id
        ) TO STDOUT WITH (FORMAT csv, HEADER)`;
        let bytes = 0;
        let lines = 0;
        await pipeline(
          client.query(copyTo(sql)),
          new Writable({
            write(chunk: Buffer, _encoding, done) {
              bytes += chunk.byteLength;
              for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
              done();
            },
          }),
        );
        return { rows: lines - 1, bytes };
      });
      return { ...result, ms: elapsedMs(start), startRss, peakRss };
    } finally {
      client.release();
    }
  };

  // One unmeasured run of each warms the caches, so neither pays for reading the table from disk.
  await product();
  await baseline();
  const productRuns: Run[] = [];
  const baselineRuns: Run[] = [];
  for (let i = 0; i < args.runs; i++) {
    productRuns.push(await product());
    baselineRuns.push(await baseline());
  }
  const p = summarizeRuns(productRuns);
  const b = summarizeRuns(baselineRuns);
  if (p.median.rows !== b.median.rows) throw new Error(`The export wrote ${p.median.rows} rows, COPY ${b.median.rows}: they differ`);
  const rate = (run: Run) => run.rows / (run.ms / 1000);
  log(`  ${p.median.rows.toLocaleString("en")} rows; product ${fmt(p.median.bytes / MB)} MB of CSV, COPY ${fmt(b.median.bytes / MB)} MB; median of ${args.runs} runs each`);
  const ratio = p.median.ms / b.median.ms;
  return [
    {
      benchmark: `export request log, CSV (${p.median.rows.toLocaleString("en")} rows)`,
      product: `${fmt(rate(p.median), 0)} rows/s (${fmt(p.median.ms / 1000, 2)} s)`,
      raw: `${fmt(rate(b.median), 0)} rows/s (${fmt(b.median.ms / 1000, 2)} s, COPY TO STDOUT)`,
      ratio,
      target: `≥ ${EXPORT_TARGET.rowsPerSecond.toLocaleString("en")} rows/s, ≤ ${EXPORT_TARGET.ratio}× COPY`,
      isPass: rate(p.median) >= EXPORT_TARGET.rowsPerSecond && ratio <= EXPORT_TARGET.ratio,
    },
    {
      benchmark: "export request log, memory",
      product: `+${fmt(p.growthMb)} MB (peak RSS ${fmt(p.peakMb, 0)} MB)`,
      raw: `+${fmt(b.growthMb)} MB (peak RSS ${fmt(b.peakMb, 0)} MB)`,
      ratio: null,
      target: `flat: RSS grows ≤ ${EXPORT_TARGET.rssGrowthMb} MB`,
      isPass: p.growthMb <= EXPORT_TARGET.rssGrowthMb,
    },
  ];
}
