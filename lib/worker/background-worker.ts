// The background loop of each server process (and of `npm run worker`): delivers the outbox and the webhook
// deliveries every few seconds, and at once when a change has just written some (kickOutbox); sweeps due reminders every
// REMINDER_SWEEP_SECONDS; removes identifiers whose retention period ended (and old webhook log entries) every ten minutes. Any number
// of processes may run it on one database: every job claims its rows with FOR UPDATE SKIP LOCKED, so each
// email, each webhook delivery and each reminder goes out once.
import { getDb } from "@/lib/db/client";
import { dispatchOutbox } from "@/lib/email/dispatch-outbox";
import { getEnv } from "@/lib/env";
import { errorFields, log } from "@/lib/log/log";
import { pruneIdempotencyKeys } from "@/lib/idempotency/prune-idempotency-keys";
import { pruneRateLimits } from "@/lib/rate-limit/hit-rate-limit";
import { pruneEndedSessions } from "@/lib/auth/prune-ended-sessions";
import { removeExpiredIdentifiers } from "@/lib/retention/remove-identifiers";
import { scheduleMissingStaffReminders } from "@/lib/reminders/schedule-reminders";
import { SWEEP_BATCH, sweepReminders } from "@/lib/reminders/sweep-reminders";
import { dispatchWebhooks } from "@/lib/webhooks/dispatch-webhooks";
import { pruneWebhookDeliveries } from "@/lib/webhooks/prune-webhook-deliveries";

const OUTBOX_BATCH = 20;
const WEBHOOK_BATCH = 10;
const PRUNE_EVERY_MS = 60_000;
// Retention works in months; looking every ten minutes is plenty, and each look is one indexed query.
const RETENTION_EVERY_MS = 10 * 60_000;

type Worker = { kick(): void; stop(): Promise<void> };

// On globalThis so that every copy of this module in the process (Next.js bundles, the start script)
// sees the one worker; scripts/start.ts and scripts/worker.ts stop it on shutdown.
const KEY = Symbol.for("rightsdesk.worker");
const store = globalThis as unknown as { [KEY]?: Worker };

function logFailure(job: string, error: unknown) {
  log.error(`${job} failed`, { job, ...errorFields(error) });
}

/** `keepAlive`: the timer holds the process open (a worker process of its own, not a web server). */
export function startBackgroundWorker(options: { keepAlive?: boolean } = {}): Worker {
  if (store[KEY]) return store[KEY];
  const env = getEnv();
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let lastPrune = 0;
  let lastSweep = 0;
  let lastRetention = 0;
  let scheduledMissing = false;

  const sweep = async (now: Date) => {
    if (!scheduledMissing) {
      scheduledMissing = true;
      await scheduleMissingStaffReminders(await getDb(), now);
    }
    for (;;) {
      const report = await sweepReminders({ now });
      if (report.claimed < SWEEP_BATCH || stopped) return;
    }
  };

  const removeAllExpired = async (now: Date) => {
    while ((await removeExpiredIdentifiers({ now })).removed > 0 && !stopped);
  };

  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        const now = new Date();
        // Reminders first: a sweep writes digests to the outbox, which the dispatch below then delivers.
        if (now.getTime() - lastSweep >= env.REMINDER_SWEEP_SECONDS * 1000) {
          lastSweep = now.getTime();
          await sweep(now).catch((error) => logFailure("Reminder sweep", error));
        }
        try {
          const report = await dispatchOutbox({ now, limit: OUTBOX_BATCH });
          if (report.claimed === OUTBOX_BATCH) again = true; // a full batch: there may be more
        } catch (error) {
          logFailure("Outbox dispatch", error);
        }
        try {
          const report = await dispatchWebhooks({ now, limit: WEBHOOK_BATCH });
          if (report.claimed === WEBHOOK_BATCH) again = true;
        } catch (error) {
          logFailure("Webhook dispatch", error);
        }
        if (now.getTime() - lastRetention >= RETENTION_EVERY_MS) {
          lastRetention = now.getTime();
          await removeAllExpired(now).catch((error) => logFailure("Retention", error));
          await pruneWebhookDeliveries({ now }).catch((error) => logFailure("Webhook log pruning", error));
        }
        if (now.getTime() - lastPrune >= PRUNE_EVERY_MS) {
          lastPrune = now.getTime();
          await pruneRateLimits(now).catch((error) => logFailure("Rate-limit pruning", error));
          await pruneIdempotencyKeys(now).catch((error) => logFailure("Idempotency-key pruning", error));
          await pruneEndedSessions(now).catch((error) => logFailure("Session pruning", error));
        }
      } while (again && !stopped);
      running = null;
    })();
  };

  const timer = setInterval(tick, Math.min(env.OUTBOX_POLL_SECONDS, env.REMINDER_SWEEP_SECONDS) * 1000);
  if (!options.keepAlive) timer.unref();
  tick();

  store[KEY] = {
    kick: tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      delete store[KEY];
    },
  };
  return store[KEY];
}

/** Stops this process's worker, if it runs one (on shutdown). */
export async function stopBackgroundWorker(): Promise<void> {
  await store[KEY]?.stop();
}

/** Deliver emails and webhooks soon rather than at the next poll. A no-op where no worker runs (scripts, tests). */
export function kickOutbox(): void {
  store[KEY]?.kick();
}
