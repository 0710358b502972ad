// Closes a request as a duplicate of another verified request of the same organization. The subject
// learns the reference it continues under only when both requests are theirs (same email address).
import "server-only";
import type { ActionResult } from "./action-result";
import { duplicateSchema, fieldErrorsFrom, type DuplicateInput } from "./action-schemas";
import { emailSubjectClosed } from "./email-subject-closed";
import { EVENT } from "./events";
import { appendRequestEvent, auditRequest, refuse, runStaffAction, staffName, type StaffActionArgs, eventActor } from "./run-staff-action";
import { endPause } from "./pauses";

export async function markDuplicate({ context, requestId, input, now }: StaffActionArgs<DuplicateInput>): Promise<ActionResult<{ duplicateOf: string }>> {
  return runStaffAction({
    context,
    requestId,
    now,
    action: "markDuplicate",
    run: async (tx, request) => {
      const parsed = duplicateSchema.safeParse(input);
      if (!parsed.success) refuse("invalid", "Enter the reference of the original request.", fieldErrorsFrom(parsed.error));
      const { reference, note } = parsed.data;
      const target = await tx.privacyRequest.findFirst({
        where: { organizationId: request.organizationId, reference },
        select: { id: true, reference: true, status: true, subjectEmail: true },
      });
      function fail(message: string): never {
        refuse("invalid", message, { reference: [message] });
      }
      if (!target) fail(`There is no request ${reference} in your organization.`);
      if (target.id === request.id) fail("A request cannot be a duplicate of itself.");
      // Only a confirmed request can stand for another: a duplicate never skips verification.
      if (target.status === "PENDING_VERIFICATION") fail(`${reference} is not confirmed by its subject yet.`);

      await tx.privacyRequest.update({
        where: { id: request.id, organizationId: request.organizationId },
        data: { status: "COMPLETED", outcome: "DUPLICATE", duplicateOfId: target.id, closedAt: now, closingNote: note ?? null },
      });
      await endPause(tx, request, now);
      const isSameSubject = target.subjectEmail === request.subjectEmail;
      const summary = isSameSubject
        ? `This request repeats your request ${target.reference}, which we are handling. We closed this one so that you get one answer: follow ${target.reference} for news.`
        : "We closed this request because it repeats a request we are already handling.";
      await appendRequestEvent(tx, request, {
        kind: EVENT.DUPLICATE,
        actor: "STAFF",
        ...eventActor(context),
        visibleToSubject: false,
        message: `Marked as a duplicate of ${target.reference} by ${staffName(context)}.${note ? `\n${note}` : ""}`,
        data: { duplicateOf: target.reference },
        at: now,
      });
      await appendRequestEvent(tx, request, {
        kind: EVENT.COMPLETED,
        actor: "STAFF",
        ...eventActor(context),
        visibleToSubject: true,
        message: summary,
        data: { outcome: "DUPLICATE" },
        at: new Date(now.getTime() + 1), // after the staff entry, in the history's order
      });
      await emailSubjectClosed(tx, request, { summary });
      await auditRequest(tx, context.actor, request, {
        action: "request.mark_duplicate",
        before: { status: request.status },
        after: { status: "COMPLETED", outcome: "DUPLICATE", duplicateOf: target.reference },
        reason: note ?? null,
      });
      return { duplicateOf: target.reference! };
    },
  });
}
