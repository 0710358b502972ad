// The one step that lets a request into its queue, shared by the subject's email confirmation and
// by staff recording a request they received by email or phone: a reference, a due date, a private
// status link (emailed), a history entry the subject sees, and the request.verified and
// request.status_changed webhook events.
import type { Tx } from "@/lib/db/client";
import type { EventActor, Organization, PrivacyRequest, Regime } from "@/lib/db/generated/client";
import { computeDeadline } from "@/lib/deadlines";
import { toZonedDate } from "@/lib/deadlines/zoned-time";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import type { EmailDraft } from "@/lib/email/enqueue-email";
import { formatDate } from "@/lib/format/format-date";
import { localeOf } from "@/lib/i18n/subject-words";
import type { EventKind } from "./events";
import { scheduleStaffReminder } from "@/lib/reminders/schedule-reminders";
import { enqueueStatusEvents } from "@/lib/webhooks/enqueue-status-events";
import { WEBHOOK_REQUEST_SELECT } from "@/lib/webhooks/events";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";
import { issueStatusLink } from "./issue-status-link";
import { formatReference } from "./reference";
import { deadlineInputFor, deadlinePolicyFor } from "./request-deadline";

export type AcceptedRequest = { reference: string; dueAt: Date; statusToken: string };

/**
 * Moves a PENDING_VERIFICATION request to NEW. Returns null when the request was no longer pending
 * (another confirmation got there first). `email` builds the subject's email from the status link (the due date in the request's language).
 */
export async function acceptRequest(
  tx: Tx,
  args: {
    request: Pick<PrivacyRequest, "id" | "organizationId" | "queue" | "receivedAt" | "jurisdiction" | "type" | "locale">;
    org: Organization;
    now: Date;
    /** `at` defaults to `now`; give a later moment when the caller wrote an entry of its own first. */
    event: { kind: EventKind; actor: EventActor; actorUserId?: string | null; message: string; at?: Date };
    email: (link: { url: string; reference: string; dueAt: string; regime: Regime }) => Omit<EmailDraft, "organizationId">;
  },
): Promise<AcceptedRequest | null> {
  const { request, org, now } = args;
  const year = toZonedDate(now, org.timeZone).year;
  const [counter] = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "RequestCounter" ("organizationId", year, value) VALUES (${org.id}::uuid, ${year}, 1)
    ON CONFLICT ("organizationId", year) DO UPDATE SET value = "RequestCounter".value + 1
    RETURNING value`;
  const reference = formatReference(org.slug, year, Number(counter!.value));
  // The rule is fixed now, from the organization's policy and the subject's jurisdiction; later changes to
  // the policy apply to requests accepted after them.
  const policy = deadlinePolicyFor(org, request);
  const { dueAt } = computeDeadline(
    deadlineInputFor(
      { ...policy, receivedAt: request.receivedAt, verifiedAt: now, extendedAt: null, extensionDays: null, extensionMonths: null },
      { timeZone: org.timeZone, extensionMaxDays: org.extensionMaxDays, pauses: [] },
    ),
  );

  const updated = await tx.privacyRequest.updateMany({
    where: { id: request.id, organizationId: org.id, status: "PENDING_VERIFICATION" },
    data: { status: "NEW", verifiedAt: now, reference, dueAt, ...policy },
  });
  if (updated.count !== 1) return null;
  await scheduleStaffReminder(tx, { id: request.id, organizationId: org.id, status: "NEW", dueAt }, org, now);
  const verified = await tx.privacyRequest.findFirstOrThrow({ where: { id: request.id, organizationId: org.id }, select: WEBHOOK_REQUEST_SELECT });
  await enqueueWebhookEvent(tx, { organizationId: org.id, type: "request.verified", request: verified, occurredAt: now });
  await enqueueStatusEvents(tx, { organizationId: org.id, requestId: request.id, previousStatus: "PENDING_VERIFICATION", occurredAt: now });

  const link = await issueStatusLink(tx, { organizationId: org.id, orgSlug: org.slug, requestId: request.id, now });
  await tx.requestEvent.create({
    data: {
      organizationId: org.id,
      requestId: request.id,
      kind: args.event.kind,
      actor: args.event.actor,
      actorUserId: args.event.actorUserId ?? null,
      visibleToSubject: true,
      message: args.event.message,
      data: { reference, dueAt: dueAt.toISOString(), queue: request.queue, regime: policy.regime },
      createdAt: args.event.at ?? now,
    },
  });
  const draft = args.email({ url: link.url, reference, dueAt: formatDate(dueAt, org.timeZone, localeOf(request.locale)), regime: policy.regime ?? "DEFAULT" });
  await enqueueEmail(tx, { organizationId: org.id, ...draft });
  return { reference, dueAt, statusToken: link.token };
}
