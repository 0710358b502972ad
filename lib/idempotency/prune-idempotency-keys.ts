// Removes Idempotency-Key rows whose 24 hours are over (the background worker runs it), in bounded batches.
import { getDb } from "@/lib/db/client";

const BATCH = 1000;

export async function pruneIdempotencyKeys(now: Date): Promise<number> {
  const db = await getDb();
  let removed = 0;
  for (;;) {
    const count = await db.$executeRaw`
      DELETE FROM "IdempotencyKey" WHERE id IN (
        SELECT id FROM "IdempotencyKey" WHERE "expiresAt" <= ${now} LIMIT ${BATCH})`;
    removed += count;
    if (count < BATCH) return removed;
  }
}
