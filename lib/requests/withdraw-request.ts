// Records that the subject withdrew their request (they asked by email, phone or letter): staff note
// how they asked, and the request closes.
import "server-only";
import type { ActionResult } from "./action-result";
import { fieldErrorsFrom, withdrawSchema, type WithdrawInput } from "./action-schemas";
import { emailSubjectClosed } from "./email-subject-closed";
import { EVENT } from "./events";
import { appendRequestEvent, auditRequest, refuse, runStaffAction, type StaffActionArgs, eventActor } from "./run-staff-action";
import { endPause } from "./pauses";

export async function withdrawRequest({ context, requestId, input, now }: StaffActionArgs<WithdrawInput>): Promise<ActionResult> {
  return runStaffAction({
    context,
    requestId,
    now,
    action: "withdraw",
    run: async (tx, request) => {
      const parsed = withdrawSchema.safeParse(input);
      if (!parsed.success) refuse("invalid", "Say how the subject asked to withdraw.", fieldErrorsFrom(parsed.error));
      const { reason } = parsed.data;
      await tx.privacyRequest.update({ where: { id: request.id, organizationId: request.organizationId }, data: { status: "WITHDRAWN", closingNote: reason, closedAt: now } });
      await endPause(tx, request, now);
      const summary = `As you asked, your request ${request.reference} is withdrawn and ${request.organization.name} has stopped working on it.`;
      await appendRequestEvent(tx, request, {
        kind: EVENT.WITHDRAWN,
        actor: "STAFF",
        ...eventActor(context),
        visibleToSubject: true,
        message: summary,
        data: { reason },
        at: now,
      });
      await emailSubjectClosed(tx, request, {
        summary,
        details: "If you did not ask for this, write to us straight away and we will reopen it as a new request.",
      });
      await auditRequest(tx, context.actor, request, {
        action: "request.withdraw",
        before: { status: request.status },
        after: { status: "WITHDRAWN" },
        reason,
      });
      return {};
    },
  });
}
