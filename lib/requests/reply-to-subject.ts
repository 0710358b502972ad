// A message to the subject: emailed, and shown on their status page.
import "server-only";
import { replyEmail } from "@/lib/email/templates/request-emails";
import type { ActionResult } from "./action-result";
import { fieldErrorsFrom, replySchema, type ReplyInput } from "./action-schemas";
import { EVENT } from "./events";
import { appendRequestEvent, auditRequest, refuse, runStaffAction, type StaffActionArgs, eventActor } from "./run-staff-action";
import { emailSubject } from "./email-subject";

export async function replyToSubject({ context, requestId, input, now }: StaffActionArgs<ReplyInput>): Promise<ActionResult> {
  return runStaffAction({
    context,
    requestId,
    now,
    action: "reply",
    run: async (tx, request) => {
      const parsed = replySchema.safeParse(input);
      if (!parsed.success) refuse("invalid", "Write the message.", fieldErrorsFrom(parsed.error));
      const { message } = parsed.data;
      const org = request.organization;
      await appendRequestEvent(tx, request, {
        kind: EVENT.REPLY,
        actor: "STAFF",
        ...eventActor(context),
        visibleToSubject: true,
        message: `Message from ${org.name}'s privacy team:\n${message}`,
        data: { message },
        at: now,
      });
      await emailSubject(tx, request, (link) => replyEmail({ org, subjectName: request.subjectName, reference: request.reference!, message, link }));
      await auditRequest(tx, context.actor, request, { action: "request.reply", after: { message } });
      return {};
    },
  });
}
