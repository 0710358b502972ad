// The background loop of each server process: delivers the outbox every few seconds, and at once
// when a request has just written an email (kickOutbox).
import { getEnv } from "@/lib/env";
import { dispatchOutbox } from "./dispatch-outbox";
import { pruneRateLimits } from "@/lib/rate-limit/hit-rate-limit";

const BATCH = 20;

type Worker = { kick(): void; stop(): Promise<void> };

// On globalThis so that every copy of this module in the process (Next.js bundles, the start script)
// sees the one worker; scripts/start.ts stops it on shutdown.
const KEY = Symbol.for("rightsdesk.outbox");
const store = globalThis as unknown as { [KEY]?: Worker };

export function startOutboxWorker(): Worker {
  if (store[KEY]) return store[KEY];
  const intervalMs = getEnv().OUTBOX_POLL_SECONDS * 1000;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let lastPrune = 0;

  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        do {
          again = false;
          const now = new Date();
          const report = await dispatchOutbox({ now, limit: BATCH });
          if (report.claimed === BATCH) again = true; // a full batch: there may be more
          if (now.getTime() - lastPrune >= 60_000) {
            lastPrune = now.getTime();
            await pruneRateLimits(now);
          }
        } while (again && !stopped);
      } catch (error) {
        console.error("Outbox dispatch failed:", error instanceof Error ? error.message : error);
      } finally {
        running = null;
      }
    })();
  };

  const timer = setInterval(tick, intervalMs);
  timer.unref();
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

/** Deliver soon rather than at the next poll. A no-op where no worker runs (scripts, tests). */
export function kickOutbox(): void {
  store[KEY]?.kick();
}
