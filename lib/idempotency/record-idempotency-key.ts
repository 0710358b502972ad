// Writes an Idempotency-Key's answer inside the transaction of the change it answers for. The unique index on
// (organizationId, keyHash) is what makes a concurrent duplicate wait for this transaction and then fail, so
// the change happens once; an expired row with the same key is replaced.
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import type { IdempotencyClaim } from "./find-idempotent-answer";

/** How long a key is remembered: a client retrying after a day is filing again. */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

export async function recordIdempotencyKey(
  tx: Tx,
  claim: IdempotencyClaim,
  answer: { status: number; body: Prisma.InputJsonValue; requestId: string | null },
  now: Date,
): Promise<void> {
  await tx.idempotencyKey.deleteMany({
    where: { organizationId: claim.organizationId, keyHash: claim.keyHash, expiresAt: { lte: now } },
  });
  await tx.idempotencyKey.create({
    data: {
      ...claim,
      requestId: answer.requestId,
      responseStatus: answer.status,
      responseBody: answer.body,
      createdAt: now,
      expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
    },
  });
}

/**
 * The error a racing duplicate's insert fails with once the first transaction has committed: Prisma's P2002,
 * or (inside an interactive transaction, depending on the driver adapter) the adapter's own unique violation.
 */
export function isIdempotencyConflict(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { kind?: unknown; code?: unknown }; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } } | null;
  return (
    e?.code === "P2002" ||
    e?.code === "23505" ||
    e?.cause?.kind === "UniqueConstraintViolation" ||
    e?.cause?.code === "23505" ||
    e?.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation"
  );
}
