// Asks the subject for more information. The request waits on them (AWAITING_SUBJECT) and a pause
// starts, so the deadline engine can move the due date by the time spent waiting, with an answer-by day
// the subject is reminded of. They answer on their status page (answer-from-subject.ts).
import "server-only";
import { informationRequestEmail } from "@/lib/email/templates/request-emails";
import type { ActionResult } from "./action-result";
import { fieldErrorsFrom, requestInfoSchema, type RequestInfoInput } from "./action-schemas";
import { EVENT } from "./events";
import { formatDate } from "@/lib/format/format-date";
import { localeOf } from "@/lib/i18n/subject-words";
import { startPause, waitingOnSubject } from "./pauses";
import { appendRequestEvent, auditRequest, refuse, runStaffAction, type StaffActionArgs, eventActor } from "./run-staff-action";
import { emailSubject } from "./email-subject";

export async function requestInformation({ context, requestId, input, now }: StaffActionArgs<RequestInfoInput>): Promise<ActionResult> {
  return runStaffAction({
    context,
    requestId,
    now,
    action: "requestInfo",
    run: async (tx, request) => {
      const parsed = requestInfoSchema.safeParse(input);
      if (!parsed.success) refuse("invalid", "Choose what you are asking for and write your question.", fieldErrorsFrom(parsed.error));
      const { question, reason } = parsed.data;
      const org = request.organization;
      await tx.privacyRequest.update({ where: { id: request.id, organizationId: request.organizationId }, data: { status: "AWAITING_SUBJECT" } });
      const answerBy = await startPause(tx, request, org, reason, now);
      await appendRequestEvent(tx, request, {
        kind: EVENT.INFO_REQUESTED,
        actor: "STAFF",
        ...eventActor(context),
        visibleToSubject: true,
        message: `${org.name}'s privacy team needs more information from you:\n${question}`,
        data: { question, reason, answerBy: answerBy.toISOString() },
        at: now,
      });
      await emailSubject(tx, request, (link) =>
        informationRequestEmail({
          locale: localeOf(request.locale),
          org,
          subjectName: request.subjectName,
          reference: request.reference!,
          question,
          answerBy: formatDate(answerBy, org.timeZone, localeOf(request.locale)),
          waiting: waitingOnSubject(request.regime, { reason })!,
          link,
        }),
      );
      await auditRequest(tx, context.actor, request, {
        action: "request.request_info",
        before: { status: request.status },
        after: { status: "AWAITING_SUBJECT", question, reason, answerBy: answerBy.toISOString() },
      });
      return {};
    },
  });
}
