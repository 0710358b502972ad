// Denies a request with a reason the subject will read (on the status page and by email).
import "server-only";
import type { ActionResult } from "./action-result";
import { denySchema, fieldErrorsFrom, type DenyInput } from "./action-schemas";
import { emailSubjectClosed } from "./email-subject-closed";
import { EVENT } from "./events";
import { appendRequestEvent, auditRequest, refuse, runStaffAction, type StaffActionArgs, eventActor } from "./run-staff-action";
import { endPause } from "./pauses";

export async function denyRequest({ context, requestId, input, now }: StaffActionArgs<DenyInput>): Promise<ActionResult> {
  return runStaffAction({
    context,
    requestId,
    now,
    action: "deny",
    run: async (tx, request) => {
      const parsed = denySchema.safeParse(input);
      if (!parsed.success) refuse("invalid", "Give the reason the subject will read.", fieldErrorsFrom(parsed.error));
      const { reason } = parsed.data;
      const org = request.organization;
      await tx.privacyRequest.update({ where: { id: request.id, organizationId: request.organizationId }, data: { status: "DENIED", denialReason: reason, closedAt: now } });
      await endPause(tx, request, now);
      const summary = `${org.name} has decided not to carry out your request ${request.reference}.`;
      await appendRequestEvent(tx, request, {
        kind: EVENT.DENIED,
        actor: "STAFF",
        ...eventActor(context),
        visibleToSubject: true,
        message: `${summary} Their reason:\n${reason}`,
        data: { reason },
        at: now,
      });
      await emailSubjectClosed(tx, request, {
        summary,
        details: `Their reason: ${reason}\n\nIf you disagree, you can write to ${org.privacyEmail}, or complain to the data protection authority where you live.`,
      });
      await auditRequest(tx, context.actor, request, {
        action: "request.deny",
        before: { status: request.status },
        after: { status: "DENIED" },
        reason,
      });
      return {};
    },
  });
}
