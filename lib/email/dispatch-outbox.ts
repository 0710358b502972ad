// Delivers pending outbox emails. Safe with several app instances: each batch is claimed with
// FOR UPDATE SKIP LOCKED and leased for a while, so two dispatchers never take the same email; a
// crash mid-send only means the email is tried again after the lease.
import { getDb } from "@/lib/db/client";
import { log } from "@/lib/log/log";
import { deliverEmail, type OutgoingEmail } from "./mailer";

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 2 * 60_000;
const SEND_CONCURRENCY = 5;

/** Wait before attempt n+1: 30 s, 1 min, 2 min … capped at 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

export type DispatchOptions = {
  now: Date;
  limit?: number;
  deliver?: (email: OutgoingEmail) => Promise<{ transport: string }>;
};

export type DispatchReport = { claimed: number; sent: number; failed: number; gaveUp: number };

export async function dispatchOutbox({ now, limit = 20, deliver = deliverEmail }: DispatchOptions): Promise<DispatchReport> {
  const db = await getDb();
  const leaseUntil = new Date(now.getTime() + LEASE_MS);

  const claimed = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "OutboxEmail"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return [];
    await tx.outboxEmail.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt: leaseUntil } });
    return tx.outboxEmail.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: "asc" } });
  });

  const report: DispatchReport = { claimed: claimed.length, sent: 0, failed: 0, gaveUp: 0 };
  const sendOne = async (email: (typeof claimed)[number]) => {
    const attempts = email.attempts + 1;
    try {
      const { transport } = await deliver({ to: email.toAddress, subject: email.subject, text: email.textBody, html: email.htmlBody });
      await db.outboxEmail.update({
        where: { id: email.id },
        data: { status: "SENT", attempts, sentAt: new Date(), transport, lastError: null },
      });
      report.sent++;
    } catch (error) {
      const gaveUp = attempts >= MAX_ATTEMPTS;
      await db.outboxEmail.update({
        where: { id: email.id },
        data: {
          attempts,
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 2000),
          status: gaveUp ? "FAILED" : "PENDING",
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
        },
      });
      if (gaveUp) {
        report.gaveUp++;
        // The id finds the row (and its address) for whoever may see it; the log gets no address.
        log.error("Outbox gave up on an email", { job: "outbox", emailId: email.id, attempts });
      } else report.failed++;
    }
  };
  // A few sends at once: an SMTP exchange is mostly waiting (about 150 ms each on our test machines), so one at a
  // time capped delivery near 7 emails a second per process. Every row is already claimed: no email goes twice.
  let next = 0;
  const sender = async () => {
    while (next < claimed.length) await sendOne(claimed[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(SEND_CONCURRENCY, claimed.length) }, sender));
  return report;
}
