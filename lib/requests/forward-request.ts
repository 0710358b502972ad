// Processor queue: the officer records which customer (the controller) the request belongs to and
// forwards it to that customer's privacy contact. The subject is told, in plain words, who has their
// request now and why.
import "server-only";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { forwardToControllerEmail } from "@/lib/email/templates/request-emails";
import { formatDateTime } from "@/lib/format/format-date";
import type { ActionResult } from "./action-result";
import { fieldErrorsFrom, forwardSchema, NEW_CUSTOMER, type ForwardInput } from "./action-schemas";
import { emailSubjectClosed } from "./email-subject-closed";
import { EVENT, forwardedMessage } from "./events";
import { jurisdictionName } from "./jurisdictions";
import { appendRequestEvent, auditRequest, refuse, runStaffAction, type StaffActionArgs, eventActor } from "./run-staff-action";
import { endPause } from "./pauses";

export async function forwardRequest({ context, requestId, input, now }: StaffActionArgs<ForwardInput>): Promise<ActionResult<{ customer: string }>> {
  return runStaffAction({
    context,
    requestId,
    now,
    action: "forward",
    run: async (tx, request) => {
      const parsed = forwardSchema.safeParse(input);
      if (!parsed.success) refuse("invalid", "Choose the customer to forward to.", fieldErrorsFrom(parsed.error));
      const { customerId, customerName, contactEmail, note } = parsed.data;
      const org = request.organization;

      let customer: { id: string; name: string; contactEmail: string };
      if (customerId === NEW_CUSTOMER) {
        const name = customerName!;
        const existing = await tx.customer.findFirst({
          where: { organizationId: org.id, name: { equals: name, mode: "insensitive" } },
          select: { id: true },
        });
        if (existing) {
          const message = `${name} is already a customer: choose it from the list.`;
          refuse("invalid", message, { customerName: [message] });
        }
        customer = await tx.customer.create({
          data: { organizationId: org.id, name, contactEmail: contactEmail!, createdAt: now },
          select: { id: true, name: true, contactEmail: true },
        });
        await auditRequest(tx, context.actor, request, {
          action: "customer.create",
          after: { customer: customer.name, contactEmail: customer.contactEmail },
        });
      } else {
        const found = await tx.customer.findFirst({
          where: { id: customerId, organizationId: org.id },
          select: { id: true, name: true, contactEmail: true },
        });
        if (!found) refuse("invalid", "Choose one of your organization's customers.", { customerId: ["Choose one of your organization's customers."] });
        customer = found;
      }

      await tx.privacyRequest.update({
        where: { id: request.id, organizationId: request.organizationId },
        data: { status: "COMPLETED", outcome: "FORWARDED", customerId: customer.id, forwardedAt: now, closedAt: now, closingNote: note ?? null },
      });
      await endPause(tx, request, now);

      await enqueueEmail(tx, {
        organizationId: org.id,
        to: customer.contactEmail,
        ...forwardToControllerEmail({
          org,
          customerName: customer.name,
          reference: request.reference!,
          type: request.type,
          subjectName: request.subjectName,
          subjectEmail: request.subjectEmail,
          jurisdiction: jurisdictionName(request.jurisdiction),
          receivedAt: formatDateTime(request.receivedAt, org.timeZone),
          details: request.details,
          correctionWrong: request.correctionWrong,
          correctionRight: request.correctionRight,
          controllerNameGiven: request.controllerName,
          note: note ?? null,
        }),
      });
      const message = forwardedMessage({
        orgName: org.name,
        customerName: customer.name,
        contactEmail: customer.contactEmail,
        at: now,
        timeZone: org.timeZone,
      });
      await appendRequestEvent(tx, request, {
        kind: EVENT.FORWARDED,
        actor: "STAFF",
        ...eventActor(context),
        visibleToSubject: true,
        message,
        data: { customer: customer.name, contactEmail: customer.contactEmail },
        at: now,
      });
      await emailSubjectClosed(tx, request, { summary: message });
      await auditRequest(tx, context.actor, request, {
        action: "request.forward",
        before: { status: request.status, customer: null },
        after: { status: "COMPLETED", outcome: "FORWARDED", customer: customer.name, contactEmail: customer.contactEmail },
        reason: note ?? null,
      });
      return { customer: customer.name };
    },
  });
}
