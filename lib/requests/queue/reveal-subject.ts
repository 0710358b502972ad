// Showing a data subject's name and email in the queue is a recorded act: the reveal writes an audit
// record, and the queue shows a subject unmasked only to the member who revealed it, and only while
// that record is fresh. No record, no reveal: a bare address cannot unmask anyone.
import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";

export const SUBJECT_REVEALED = "subject.revealed";
/** How long a reveal lasts on the revealer's screen. */
export const REVEAL_MINUTES = 5;

export type RevealResult = { ok: true; reference: string | null } | { ok: false; reason: "not_found" };

/** Records that `actor` revealed the subject of request `requestId` of the organization. */
export async function revealSubject(args: { organizationId: string; requestId: string; actor: AuditActor; reason?: string }): Promise<RevealResult> {
  const db = await getDb();
  return db.$transaction(async (tx): Promise<RevealResult> => {
    const request = await tx.privacyRequest.findFirst({
      where: { id: args.requestId, organizationId: args.organizationId, status: { not: "PENDING_VERIFICATION" } },
      select: { id: true, reference: true },
    });
    if (!request) return { ok: false, reason: "not_found" };
    await recordAudit(tx, {
      organizationId: args.organizationId,
      actor: args.actor,
      action: SUBJECT_REVEALED,
      targetType: "request",
      targetId: request.id,
      after: { reference: request.reference },
      reason: args.reason ?? "Revealed in the staff queue",
    });
    return { ok: true, reference: request.reference };
  });
}
