// The reminder sweep over the whole data set with its due-today reminders: sweepReminders (the worker's call)
// in a loop until it claims nothing, against one set-based statement doing the same work (claim, mark handled,
// schedule the next point, one digest email per person). The data set is put back between runs.
import type pg from "pg";
import { sweepReminders } from "@/lib/reminders/sweep-reminders";
import { toSqlTimestamp, type BenchDataset } from "./generate-bench-data";
import { elapsedMs, fmt, type ResultRow } from "./measure";

export const SWEEP_TARGET_MS = 2000;

/** Puts the due-today reminders back as they were generated, and removes what a sweep wrote. Not timed. */
async function resetSweep(raw: pg.Pool, anchor: Date): Promise<void> {
  await raw.query(`DELETE FROM "OutboxEmail" WHERE status = 'PENDING'`);
  // The next points a sweep scheduled for the requests whose reminders it handled.
  await raw.query(
    `DELETE FROM "ScheduledReminder" s WHERE s."handledAt" IS NULL AND s."createdAt" >= $1
       AND EXISTS (SELECT 1 FROM "ScheduledReminder" h WHERE h."requestId" = s."requestId" AND h."handledAt" = $1)`,
    [toSqlTimestamp(anchor)],
  );
  await raw.query(
    `UPDATE "ScheduledReminder" SET "handledAt" = NULL, outcome = NULL, note = NULL, key = split_part(key, '/', 1) || '/due-day'
     WHERE "handledAt" = $1`,
    [toSqlTimestamp(anchor)],
  );
}

// The same work as one transaction: due rows claimed and marked, the next point (overdue tomorrow) scheduled,
// and one email per person listing their requests (the assignee, or the officers of the queue).
const RAW_SWEEP = `
  WITH claimed AS (
    SELECT id FROM "ScheduledReminder" WHERE "handledAt" IS NULL AND "fireAt" <= $1 ORDER BY "fireAt" FOR UPDATE SKIP LOCKED
  ), handled AS (
    UPDATE "ScheduledReminder" s SET "handledAt" = $1, outcome = 'SENT', note = 'staff'
    FROM claimed c WHERE s.id = c.id
    RETURNING s."requestId", s."organizationId", s.key
  ), scheduled AS (
    INSERT INTO "ScheduledReminder" (id, "organizationId", "requestId", kind, key, "fireAt", "createdAt")
    SELECT gen_random_uuid(), h."organizationId", h."requestId", 'STAFF_DUE', split_part(h.key, '/', 1) || '/overdue-1',
      $1::timestamp + interval '1 day', clock_timestamp() AT TIME ZONE 'UTC'
    FROM handled h
    ON CONFLICT DO NOTHING
  )
  INSERT INTO "OutboxEmail" (id, "organizationId", "toAddress", subject, "textBody", "createdAt", "nextAttemptAt")
  SELECT gen_random_uuid(), min(r."organizationId"::text)::uuid, u.email, 'Privacy requests due',
    string_agg(r.reference || ' · ' || r.type || ' · due ' || to_char(r."dueAt", 'YYYY-MM-DD'), E'\\n'),
    clock_timestamp() AT TIME ZONE 'UTC', clock_timestamp() AT TIME ZONE 'UTC'
  FROM handled h
  JOIN "PrivacyRequest" r ON r.id = h."requestId"
  JOIN "Membership" m ON m."organizationId" = r."organizationId"
    AND (m."userId" = r."assigneeId" OR (r."assigneeId" IS NULL AND m.role = 'OFFICER' AND r.queue = ANY (m.queues)))
  JOIN "User" u ON u.id = m."userId"
  GROUP BY u.email`;

export async function benchSweep(args: { dataset: BenchDataset; raw: pg.Pool; runs: number; log: (line: string) => void }): Promise<ResultRow[]> {
  const { dataset, raw, log } = args;
  const now = dataset.anchor;
  const due = (await raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ScheduledReminder" WHERE "handledAt" IS NULL AND "fireAt" <= $1`, [toSqlTimestamp(now)])).rows[0]!.n;
  await resetSweep(raw, now);

  const product = async () => {
    const start = process.hrtime.bigint();
    const totals = { claimed: 0, sent: 0, emails: 0, sweeps: 0 };
    for (;;) {
      const report = await sweepReminders({ now });
      if (report.claimed === 0) break;
      totals.claimed += report.claimed;
      totals.sent += report.sent;
      totals.emails += report.emails;
      totals.sweeps++;
    }
    return { ms: elapsedMs(start), ...totals };
  };
  const baseline = async () => {
    const client = await raw.connect();
    try {
      const start = process.hrtime.bigint();
      await client.query("BEGIN");
      const result = await client.query(RAW_SWEEP, [toSqlTimestamp(now)]);
      await client.query("COMMIT");
      return { ms: elapsedMs(start), emails: result.rowCount ?? 0 };
    } finally {
      client.release();
    }
  };

  const productRuns: Awaited<ReturnType<typeof product>>[] = [];
  const baselineRuns: Awaited<ReturnType<typeof baseline>>[] = [];
  for (let i = 0; i < args.runs; i++) {
    productRuns.push(await product());
    await resetSweep(raw, now);
    baselineRuns.push(await baseline());
    await resetSweep(raw, now);
  }
  const median = <T extends { ms: number }>(runs: T[]) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
  const p = median(productRuns);
  const b = median(baselineRuns);
  if (p.claimed !== due) throw new Error(`The sweep claimed ${p.claimed} reminders of the ${due} due`);
  log(`  ${due.toLocaleString("en")} reminders due; the product sent ${p.sent.toLocaleString("en")} in ${p.sweeps} sweeps as ${p.emails.toLocaleString("en")} emails, the raw statement ${b.emails.toLocaleString("en")} emails; median of ${args.runs} runs`);
  return [
    {
      benchmark: `reminder sweep (${due.toLocaleString("en")} due)`,
      product: `${fmt(p.ms / 1000, 2)} s (${p.sweeps} transactions)`,
      raw: `${fmt(b.ms / 1000, 2)} s (one statement)`,
      ratio: p.ms / b.ms,
      target: `≤ ${SWEEP_TARGET_MS / 1000} s`,
      isPass: p.ms <= SWEEP_TARGET_MS,
    },
  ];
}
