// Looks up an earlier answer to the same Idempotency-Key in one organization: the answer to replay, a
// refusal when the key came with another body, or nothing (first use, or the earlier use has expired).
import type { PrismaClient, Tx } from "@/lib/db/client";

export type IdempotencyClaim = { organizationId: string; keyHash: string; bodyHash: string };

export type IdempotentAnswer =
  | { kind: "new" }
  | { kind: "replay"; status: number; body: unknown }
  | { kind: "key_reused" };

export async function findIdempotentAnswer(db: PrismaClient | Tx, claim: IdempotencyClaim, now: Date): Promise<IdempotentAnswer> {
  const row = await db.idempotencyKey.findUnique({
    where: { organizationId_keyHash: { organizationId: claim.organizationId, keyHash: claim.keyHash } },
    select: { bodyHash: true, responseStatus: true, responseBody: true, expiresAt: true },
  });
  if (!row || row.expiresAt <= now) return { kind: "new" };
  if (row.bodyHash !== claim.bodyHash) return { kind: "key_reused" };
  return { kind: "replay", status: row.responseStatus, body: row.responseBody };
}
