// Writes one audit record: who did what, when, from where, before → after, and why. Called inside
// the transaction of the change it records, so there is never a change without its record.
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";

/** The targetType of every record about a privacy request (staff actions, reveals, retention). */
export const REQUEST_TARGET_TYPE = "PrivacyRequest";

/** A member (userId, email), an organization API key (apiKeyId, and its description as `email`), or the system. */
export type AuditActor = { userId: string | null; email: string | null; ip: string; apiKeyId?: string | null };

export type AuditEntry = {
  organizationId: string | null;
  actor: AuditActor;
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  reason?: string | null;
  /** When it happened, for records whose time the caller already fixed; the database's clock otherwise. */
  at?: Date;
};

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      organizationId: entry.organizationId,
      actorUserId: entry.actor.userId,
      actorEmail: entry.actor.email,
      actorApiKeyId: entry.actor.apiKeyId ?? null,
      ip: entry.actor.ip,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      before: entry.before,
      after: entry.after,
      reason: entry.reason ?? null,
      createdAt: entry.at,
    },
  });
}
