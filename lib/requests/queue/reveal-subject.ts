// Showing a data subject's name and email to a member is a recorded act, in the queue and on the request
// page alike: the first reveal of a request by a member on a day (in the organization's time zone) writes an
// audit record on that request, and that record is what unmasks the subject for that member until the day
// ends. No record, no reveal: a bare address cannot unmask anyone. Who may reveal is a role permission
// ("reveal", lib/auth/roles.ts); an API key's scope borrows a role's.
import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit";
import { recordAudit, REQUEST_TARGET_TYPE } from "@/lib/audit/record-audit";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { startOfZonedDay, toZonedDate } from "@/lib/deadlines/zoned-time";
import { isUuid } from "@/lib/requests/run-staff-action";

export const SUBJECT_REVEALED = "subject.revealed";

export type RevealResult =
  | { ok: true; reference: string | null; isNewRecord: boolean }
  | { ok: false; reason: "forbidden" | "not_found" };

/** When the organization's day that contains `now` began: a reveal lasts until the next one. */
export function revealDayStart(now: Date, timeZone: string): Date {
  return startOfZonedDay(toZonedDate(now, timeZone), timeZone);
}

/**
 * Records that `actor` (a member of `role`, or an API key's borrowed role) revealed the subject of request
 * `requestId` of the organization, unless they already did today.
 */
export async function revealSubject(args: {
  organizationId: string;
  requestId: string;
  role: Role;
  actor: AuditActor;
  now: Date;
  reason?: string;
}): Promise<RevealResult> {
  if (!can(args.role, "reveal")) return { ok: false, reason: "forbidden" };
  if (!isUuid(args.requestId)) return { ok: false, reason: "not_found" };
  const db = await getDb();
  return db.$transaction(async (tx): Promise<RevealResult> => {
    // Locked, so two reveals at once by the same member write one record.
    const locked = await tx.$queryRaw<{ id: string; reference: string | null; timeZone: string }[]>`
      SELECT r.id, r.reference, o."timeZone" FROM "PrivacyRequest" r JOIN "Organization" o ON o.id = r."organizationId"
      WHERE r.id = ${args.requestId}::uuid AND r."organizationId" = ${args.organizationId}::uuid
        AND r.status <> 'PENDING_VERIFICATION'
      FOR UPDATE OF r`;
    const request = locked[0];
    if (!request) return { ok: false, reason: "not_found" };
    const earlier = await tx.auditEvent.findFirst({
      where: {
        organizationId: args.organizationId,
        action: SUBJECT_REVEALED,
        targetType: REQUEST_TARGET_TYPE,
        targetId: request.id,
        // A member is one user; an API key is nobody's account and is told apart by its id.
        ...(args.actor.userId ? { actorUserId: args.actor.userId } : { actorUserId: null, actorApiKeyId: args.actor.apiKeyId ?? null }),
        createdAt: { gte: revealDayStart(args.now, request.timeZone) },
      },
      select: { id: true },
    });
    if (earlier) return { ok: true, reference: request.reference, isNewRecord: false };
    await recordAudit(tx, {
      organizationId: args.organizationId,
      actor: args.actor,
      action: SUBJECT_REVEALED,
      targetType: REQUEST_TARGET_TYPE,
      targetId: request.id,
      after: { reference: request.reference },
      reason: args.reason ?? "Revealed by a member",
      at: args.now,
    });
    return { ok: true, reference: request.reference, isNewRecord: true };
  });
}
