// Extends a request's deadline, once and within its regime's limit (lib/deadlines decides both), with a
// reason the subject reads on their status page and in the email the law asks for within the first period.
import "server-only";
import { computeDeadline, DeadlineError } from "@/lib/deadlines";
import { extensionEmail } from "@/lib/email/templates/request-emails";
import { formatDate } from "@/lib/format/format-date";
import { labelWords, localeOf } from "@/lib/i18n/subject-words";
import type { ActionResult } from "./action-result";
import { extendByDaysSchema, extendByMonthsSchema, fieldErrorsFrom, type ExtendInput } from "./action-schemas";
import { EVENT } from "./events";
import { extensionAmountText, extensionOffer } from "./extension-offer";
import { deadlineInputFor, refreshDeadline } from "./request-deadline";
import { appendRequestEvent, auditRequest, refuse, runStaffAction, type StaffActionArgs, eventActor } from "./run-staff-action";
import { emailSubject } from "./email-subject";

function parseInput(unit: "months" | "days", input: ExtendInput): { amount: number; reason: string } {
  const invalid = "Give the extension and the reason the subject will read.";
  if (unit === "months") {
    const parsed = extendByMonthsSchema.safeParse(input);
    if (!parsed.success) refuse("invalid", invalid, fieldErrorsFrom(parsed.error));
    return { amount: parsed.data.months, reason: parsed.data.reason };
  }
  const parsed = extendByDaysSchema.safeParse(input);
  if (!parsed.success) refuse("invalid", invalid, fieldErrorsFrom(parsed.error));
  return { amount: parsed.data.days, reason: parsed.data.reason };
}

export async function extendRequest({ context, requestId, input, now }: StaffActionArgs<ExtendInput>): Promise<ActionResult> {
  return runStaffAction({
    context,
    requestId,
    now,
    action: "extend",
    run: async (tx, request) => {
      const org = request.organization;
      // runStaffAction refused already when no extension can be given; this narrows the type.
      const offer = extensionOffer(request, org);
      if (!offer.isAvailable) refuse("not_allowed", offer.reason);
      const { unit } = offer.limit;
      const { amount, reason } = parseInput(unit, input);

      // The engine decides: over the regime's maximum, or after the current due date, it says why.
      const pauses = await tx.requestPause.findMany({ where: { organizationId: request.organizationId, requestId: request.id } });
      const policy = { timeZone: org.timeZone, extensionMaxDays: org.extensionMaxDays, pauses };
      try {
        computeDeadline(deadlineInputFor(request, { ...policy, extension: { grantedAt: now, [unit]: amount } }));
      } catch (error) {
        if (!(error instanceof DeadlineError)) throw error;
        const message = `${error.message}.`;
        // Too late is about the request, not about the number typed.
        if (now > computeDeadline(deadlineInputFor(request, policy)).dueAt) refuse("not_allowed", message);
        refuse("invalid", message, { [unit]: [message] });
      }

      await tx.privacyRequest.update({
        where: { id: request.id, organizationId: request.organizationId },
        data: {
          extendedAt: now,
          extensionMonths: unit === "months" ? amount : null,
          extensionDays: unit === "days" ? amount : null,
          extensionReason: reason,
        },
      });
      const deadline = await refreshDeadline(tx, request.id, request.organizationId, now);
      if (!deadline) throw new Error(`Request ${request.id} is open but has no deadline`);

      const extendedBy = extensionAmountText(amount, offer.limit);
      // The subject's email speaks the request's language; staff read the history in English.
      const locale = localeOf(request.locale);
      const periodUnit = offer.limit.unit === "months" ? "month" : offer.limit.periodUnit;
      const newDueDate = formatDate(deadline.dueAt, org.timeZone);
      await appendRequestEvent(tx, request, {
        kind: EVENT.EXTENDED,
        actor: "STAFF",
        ...eventActor(context),
        visibleToSubject: true,
        message: `${org.name} extended the time to answer your request by ${extendedBy}, to ${newDueDate}. Their reason:\n${reason}`,
        data: { [unit]: amount, reason, dueAt: deadline.dueAt.toISOString(), periodUnit },
        at: now,
      });
      await emailSubject(tx, request, (link) =>
        extensionEmail({
          locale,
          org,
          subjectName: request.subjectName,
          reference: request.reference!,
          extendedBy: labelWords(locale)("period", { count: amount, unit: periodUnit, form: "duration" }),
          previousDueDate: request.dueAt ? formatDate(request.dueAt, org.timeZone, locale) : null,
          newDueDate: formatDate(deadline.dueAt, org.timeZone, locale),
          reason,
          link,
        }),
      );
      await auditRequest(tx, context.actor, request, {
        action: "request.extend",
        before: { dueAt: request.dueAt?.toISOString() ?? null },
        after: { dueAt: deadline.dueAt.toISOString(), [unit]: amount },
        reason,
      });
      return {};
    },
  });
}
