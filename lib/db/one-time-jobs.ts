// Data changes that need the app's own TypeScript (the deadline engine), run once per database after the
// migrations at start-up. Each job runs inside one transaction that first inserts its name into
// "OneTimeJob": a second instance starting at the same time waits on that row and then skips the job, and a
// job that fails rolls back with its row, so the next start tries it again.
import type { PrismaClient, Tx } from "./client";
import { recomputeDeadlines } from "@/lib/requests/recompute-deadlines";

export type OneTimeJob = { name: string; run: (tx: Tx, now: Date) => Promise<string> };

export const ONE_TIME_JOBS: readonly OneTimeJob[] = [
  {
    // Issue 14: NZ and LGPD count from receipt, GDPR's identity wait resumes the clock instead of restarting it.
    name: "deadline-rules-2026-12",
    run: async (tx, now) => {
      const s = await recomputeDeadlines(tx, {
        now,
        reason:
          "The deadline rules were corrected to follow the statutes: New Zealand (Privacy Act 2020 s 44(1)) and Brazil (LGPD art. 19 II) count from receipt, and under the GDPR (art. 12(3)) the time taken to prove identity stops the month without restarting it.",
      });
      return `checked ${s.checked}, moved ${s.moved}, kept ${s.failed} the corrected rules could not recompute`;
    },
  },
];

/** Runs each job not yet recorded; returns the names it ran with their summaries. */
export async function runOneTimeJobs(db: PrismaClient, now: Date, jobs: readonly OneTimeJob[] = ONE_TIME_JOBS): Promise<string[]> {
  const ran: string[] = [];
  for (const job of jobs) {
    const summary = await db.$transaction(
      async (tx) => {
        // Waiting on another instance's job (the INSERT below blocks until it commits) must not hit the
        // app's statement_timeout, nor must the job's own statements.
        await tx.$executeRaw`SET LOCAL statement_timeout = 0`;
        const claimed = await tx.$queryRaw<{ name: string }[]>`
          INSERT INTO "OneTimeJob" ("name") VALUES (${job.name}) ON CONFLICT ("name") DO NOTHING RETURNING "name"`;
        if (claimed.length === 0) return null;
        const text = await job.run(tx, now);
        await tx.$executeRaw`UPDATE "OneTimeJob" SET "summary" = ${text}, "finishedAt" = ${now} WHERE "name" = ${job.name}`;
        return text;
      },
      // One pass over every request: minutes on a large installation, never the 5 s default.
      { timeout: 30 * 60_000, maxWait: 30 * 60_000 },
    );
    if (summary !== null) ran.push(`${job.name} (${summary})`);
  }
  return ran;
}
