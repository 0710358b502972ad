// Fixed-window rate limits kept in PostgreSQL, so every app instance counts against the same limit.
import { getDb } from "@/lib/db/client";

export type RateLimit = { key: string; max: number; windowSeconds: number; now: Date };
/** `remaining` hits and `resetSeconds` until the window ends, for clients that pace themselves (RateLimit headers). */
export type RateLimitResult =
  | { allowed: true; remaining: number; resetSeconds: number }
  | { allowed: false; retryAfterSeconds: number; remaining: 0; resetSeconds: number };

/** Counts one hit against `key` and says whether it is within the limit. */
export async function hitRateLimit({ key, max, windowSeconds, now }: RateLimit): Promise<RateLimitResult> {
  const db = await getDb();
  const windowStartsAfter = new Date(now.getTime() - windowSeconds * 1000);
  // One atomic upsert: a new window starts when the old one has passed.
  const [row] = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES (${key}, ${now}, 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowStartsAfter} THEN 1 ELSE "RateLimitBucket".count + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowStartsAfter} THEN ${now} ELSE "RateLimitBucket"."windowStart" END
    RETURNING count, "windowStart"`;
  const resetsAt = new Date(row?.windowStart ?? now).getTime() + windowSeconds * 1000;
  const resetSeconds = Math.max(1, Math.ceil((resetsAt - now.getTime()) / 1000));
  if (!row || row.count <= max) return { allowed: true, remaining: Math.max(0, max - (row?.count ?? 1)), resetSeconds };
  return { allowed: false, retryAfterSeconds: resetSeconds, remaining: 0, resetSeconds };
}

/** Forgets windows that ended more than a day ago. */
export async function pruneRateLimits(now: Date): Promise<void> {
  const db = await getDb();
  await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 86_400_000) } } });
}

/** Gives back one hit counted at `now` against `key`, if its window is still the current one. */
export async function refundRateLimit({ key, windowSeconds, now }: Omit<RateLimit, "max">): Promise<void> {
  const db = await getDb();
  const windowStartsAfter = new Date(now.getTime() - windowSeconds * 1000);
  await db.$executeRaw`
    UPDATE "RateLimitBucket" SET count = GREATEST(count - 1, 0)
    WHERE key = ${key} AND "windowStart" > ${windowStartsAfter}`;
}
