// Limits that slow down instead of stopping: up to `max` hits in a window go through at once; after that each
// hit must wait a delay after the previous counted one that doubles with every hit over the limit (2 s, 4 s,
// 8 s, … at most the window). The server refuses until then, saying how long; a refused hit is not counted, so
// hammering does not lengthen the wait. Kept in the same table as the fixed-window limits (hit-rate-limit.ts).
import { getDb } from "@/lib/db/client";

export type BackoffLimit = { key: string; max: number; windowSeconds: number; now: Date };
/** `count`: the hits counted in this window, this one included. */
export type BackoffResult = { allowed: true; count: number } | { allowed: false; retryAfterSeconds: number };

/** How long the next hit must wait after the last one, once `count` hits are counted in the window. */
export function backoffDelaySeconds({ count, max, windowSeconds }: { count: number; max: number; windowSeconds: number }): number {
  if (count < max) return 0;
  return Math.min(2 ** Math.min(count - max + 1, 30), windowSeconds);
}

/** Counts one hit against `key` unless it comes before the delay its count calls for has passed. */
export async function hitBackoffLimit({ key, max, windowSeconds, now }: BackoffLimit): Promise<BackoffResult> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES (${key}, ${now}::timestamp, 0)
      ON CONFLICT (key) DO NOTHING`;
    // The row lock makes parallel hits take turns, so none slips past the delay.
    const [row] = await tx.$queryRaw<{ windowStart: Date; count: number; lastHitAt: Date | null }[]>`
      SELECT "windowStart", count, "lastHitAt" FROM "RateLimitBucket" WHERE key = ${key} FOR UPDATE`;
    const windowEndsAt = (row?.windowStart.getTime() ?? 0) + windowSeconds * 1000;
    const isNewWindow = !row || windowEndsAt <= now.getTime();
    const count = isNewWindow ? 0 : row.count;
    const delaySeconds = isNewWindow ? 0 : backoffDelaySeconds({ count, max, windowSeconds });
    if (delaySeconds > 0) {
      const allowedAt = Math.min((row!.lastHitAt?.getTime() ?? 0) + delaySeconds * 1000, windowEndsAt);
      if (now.getTime() < allowedAt) return { allowed: false, retryAfterSeconds: Math.ceil((allowedAt - now.getTime()) / 1000) };
    }
    await tx.rateLimitBucket.update({
      where: { key },
      data: { count: count + 1, lastHitAt: now, ...(isNewWindow ? { windowStart: now } : {}) },
    });
    return { allowed: true, count: count + 1 };
  });
}
