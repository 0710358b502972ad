// Staff record a request that reached them by email or phone, on the subject's behalf. Staff attest
// they checked it is the subject, so it is accepted at once through the same step as an emailed
// confirmation (reference, due date, status link emailed to the subject).
import "server-only";
import { PermissionError } from "@/lib/auth/require-membership";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { kickOutbox } from "@/lib/worker/background-worker";
import { localeOf } from "@/lib/i18n/subject-words";
import { recordedStatusLinkEmail } from "@/lib/email/templates/request-emails";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";
import { acceptRequest } from "./accept-request";
import { invalid, type ActionResult, type FieldErrors } from "./action-result";
import { fieldErrorsFrom, intakeExtrasSchema } from "./action-schemas";
import { channelPhrase, EVENT, recordedMessage } from "./events";
import { auditRequest, staffName, type StaffContext } from "./run-staff-action";
import { requestSchemaFor } from "./schemas";

export async function recordRequest({
  context,
  input,
  now,
}: {
  context: StaffContext;
  input: Record<string, unknown>;
  now: Date;
}): Promise<ActionResult<{ requestId: string; reference: string }>> {
  if (!can(context.role, "work")) return { ok: false, code: "forbidden", error: new PermissionError(context.role, "work").message };
  const org = await getPortalOrganization(context.organization.slug);
  if (!org || org.id !== context.organization.id) return { ok: false, code: "not_found", error: "We can't find your organization." };

  const request = requestSchemaFor(org, "staff").safeParse(input);
  const extras = intakeExtrasSchema.safeParse(input);
  if (!request.success || !extras.success) {
    const fieldErrors: FieldErrors = {
      ...(request.success ? {} : fieldErrorsFrom(request.error)),
      ...(extras.success ? {} : fieldErrorsFrom(extras.error)),
    };
    return invalid(fieldErrors);
  }
  const fields = request.data;
  const { channel, identityNote } = extras.data;
  const relationship = org.relationships.find((r) => r.key === fields.relationship)!;
  const isProcessor = relationship.queue === "PROCESSOR";
  const db = await getDb();

  const result = await db.$transaction(async (tx) => {
    const full = await tx.organization.findUniqueOrThrow({ where: { id: org.id } });
    const created = await tx.privacyRequest.create({
      data: {
        organizationId: org.id,
        // Staff-recorded requests are in the organization's language.
        locale: fields.locale ?? localeOf(full.locale),
        type: fields.type,
        queue: relationship.queue,
        relationshipId: relationship.id,
        controllerName: isProcessor ? fields.controllerName : null,
        channel,
        subjectName: fields.name,
        subjectEmail: fields.email,
        jurisdiction: fields.jurisdiction,
        details: fields.details,
        correctionWrong: fields.type === "CORRECTION" ? fields.correctionWrong : null,
        correctionRight: fields.type === "CORRECTION" ? fields.correctionRight : null,
        receivedAt: now,
        recordedById: context.user.id,
      },
    });
    await tx.requestEvent.create({
      data: {
        organizationId: org.id,
        requestId: created.id,
        kind: EVENT.RECORDED,
        actor: "STAFF",
        actorUserId: context.user.id,
        visibleToSubject: false,
        message: `Recorded by ${staffName(context)} from ${channelPhrase(channel)}.${identityNote ? `\nHow their identity was checked: ${identityNote}` : ""}`,
        data: { channel, identityNote: identityNote ?? null },
        createdAt: now,
      },
    });
    const accepted = await acceptRequest(tx, {
      request: created,
      org: full,
      now,
      event: {
        kind: EVENT.VERIFIED,
        actor: "STAFF",
        actorUserId: context.user.id,
        message: recordedMessage(full.name, channel),
        // After the "recorded by" entry, in the history's order.
        at: new Date(now.getTime() + 1),
      },
      email: ({ url, reference, dueAt }) => ({
        to: created.subjectEmail,
        ...recordedStatusLinkEmail({ locale: localeOf(created.locale), org: full, subjectName: created.subjectName, reference, type: created.type, channel, dueAt, link: url }),
      }),
    });
    if (!accepted) throw new Error("A request just recorded was not pending verification");
    await auditRequest(tx, context.actor, created, {
      action: "request.record",
      after: { status: "NEW", reference: accepted.reference, channel, type: created.type, subjectEmail: created.subjectEmail },
      reason: identityNote ?? null,
    });
    return { requestId: created.id, reference: accepted.reference };
  });

  kickOutbox();
  return { ok: true, ...result };
}
