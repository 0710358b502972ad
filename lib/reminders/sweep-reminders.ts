// The reminder sweep: takes every scheduled reminder whose time has come and sends it, once.
//
// Exactly once, with any number of workers on one database: a sweep claims due rows with FOR UPDATE SKIP
// LOCKED (a second sweeper skips them instead of waiting) and, in the same transaction, marks them handled,
// writes their emails to the outbox and schedules each request's next point. A crash before the commit
// leaves everything as it was for the next sweep; after it, the rows are handled and never claimed again.
// Staff due-date points also write their request.due_soon / request.overdue webhook events in that transaction.
// The (request, kind, key) unique key keeps a point from being scheduled twice in the first place.
import { getDb, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { enqueueEmails } from "@/lib/email/enqueue-email";
import { staffDigestEmail, subjectReplyReminderEmail, type DigestItem } from "@/lib/email/templates/reminder-emails";
import { getEnv } from "@/lib/env";
import { formatDate } from "@/lib/format/format-date";
import { localeOf } from "@/lib/i18n/subject-words";
import { EVENT } from "@/lib/requests/events";
import { queueLabel, requestTypeLabel, staffStatusLabel } from "@/lib/requests/labels";
import { loadMembersOfOrganizations, pickRecipients, type StaffRecipient } from "@/lib/requests/staff-recipients";
import { dueInWords, nextStaffReminder } from "./reminder-points";
import { fireAtFor, isReminded, zonedDay } from "./schedule-reminders";
import { emailSubject } from "@/lib/requests/email-subject";
import { WEBHOOK_REQUEST_SELECT } from "@/lib/webhooks/events";
import { enqueueWebhookEvents, type WebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";

export type SweepReport = { claimed: number; sent: number; skipped: number; emails: number };

/** Rows claimed per transaction; the worker sweeps again at once after a full batch. */
export const SWEEP_BATCH = 5000;

/**
 * What a claimed reminder is read with: only the fields the sweep uses. Whole rows (a request has some 40
 * columns) made reading a batch of 5,000 a good part of the sweep's time (docs/benchmarks.md).
 */
const claimedSelect = {
  id: true,
  kind: true,
  key: true,
  requestId: true,
  request: {
    select: {
      ...WEBHOOK_REQUEST_SELECT,
      organizationId: true,
      assigneeId: true,
      subjectName: true,
      subjectEmail: true,
      locale: true,
      organization: {
        select: { id: true, slug: true, name: true, legalName: true, privacyEmail: true, timeZone: true, reminderDaysBefore: true, remindOverdueDaily: true },
      },
      pauses: { where: { endedAt: null }, select: { startedAt: true, endedAt: true, answerBy: true } },
    },
  },
} satisfies Prisma.ScheduledReminderSelect;

type Claimed = Prisma.ScheduledReminderGetPayload<{ select: typeof claimedSelect }>;

/** What became of a claimed row; `key` is the point it was sent as (see the STAFF_DUE branch). */
type Handled = { id: string; key: string; outcome: "SENT" | "SKIPPED"; note: string };

/** Why a reminder no longer applies to its request, or null when it does. */
function staleReason(reminder: Claimed): string | null {
  const { request } = reminder;
  const tz = request.organization.timeZone;
  if (reminder.kind === "STAFF_DUE") {
    if (!isReminded(request.status)) return `the request is ${staffStatusLabel[request.status].toLowerCase()}`;
    if (!request.dueAt || !reminder.key.startsWith(`${zonedDay(request.dueAt, tz)}/`)) return "the due date moved";
    return null;
  }
  const open = request.pauses.find((p) => p.endedAt === null);
  if (request.status !== "AWAITING_SUBJECT" || !open?.answerBy) return "the request no longer waits on the subject";
  if (!reminder.key.startsWith(`${zonedDay(open.answerBy, tz)}/`)) return "the answer-by date changed";
  return null;
}

function staffLink(request: Claimed["request"]): string {
  return `${getEnv().APP_URL}/dashboard/${request.organization.slug}/requests/${request.id}`;
}

function digestDetail(reminder: Claimed, recipient: StaffRecipient, now: Date): string {
  const { request } = reminder;
  const tz = request.organization.timeZone;
  const who =
    request.assigneeId === recipient.userId
      ? "assigned to you"
      : request.assigneeId
        ? "assigned to a colleague"
        : `unassigned, ${queueLabel[request.queue].toLowerCase()}`;
  const type = requestTypeLabel[request.type];
  if (reminder.kind === "STAFF_NO_REPLY") {
    const open = request.pauses.find((p) => p.endedAt === null)!;
    return `${type} · the subject has not answered the question of ${formatDate(open.startedAt, tz)}; the answer was due by ${formatDate(open.answerBy!, tz)} · ${who}`;
  }
  const due = request.dueAt!;
  return `${type} · ${dueInWords(zonedDay(due, tz), zonedDay(now, tz))} (${formatDate(due, tz)}) · ${who}`;
}

async function claimDue(tx: Tx, now: Date, limit: number): Promise<Claimed[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "ScheduledReminder"
    WHERE "handledAt" IS NULL AND "fireAt" <= ${now}
    ORDER BY "fireAt"
    LIMIT ${limit}
    FOR UPDATE SKIP LOCKED`;
  if (rows.length === 0) return [];
  return tx.scheduledReminder.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: claimedSelect,
  });
}

/** Asks the subject again, with a fresh status link. */
async function remindSubject(tx: Tx, reminder: Claimed): Promise<void> {
  const { request } = reminder;
  const org = request.organization;
  const open = request.pauses.find((p) => p.endedAt === null)!;
  const asked = await tx.requestEvent.findFirst({
    where: { organizationId: org.id, requestId: request.id, kind: EVENT.INFO_REQUESTED },
    orderBy: { createdAt: "desc" },
    select: { data: true },
  });
  const question = (asked?.data as { question?: string } | null)?.question ?? null;
  const locale = localeOf(request.locale);
  await emailSubject(tx, request, (link) =>
    subjectReplyReminderEmail({
      locale,
      org,
      subjectName: request.subjectName,
      reference: request.reference!,
      question,
      answerBy: formatDate(open.answerBy!, org.timeZone, locale),
      link,
    }),
  );
}

/** One sweep: claims up to `limit` due reminders and sends them, all in one transaction. */
export async function sweepReminders({ now, limit = SWEEP_BATCH }: { now: Date; limit?: number }): Promise<SweepReport> {
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const claimed = await claimDue(tx, now, limit);
      const handled: Handled[] = [];
      let subjectEmails = 0;
      const digests = new Map<string, { recipient: StaffRecipient; items: DigestItem[]; organizationIds: Set<string> }>();
      const next: { organizationId: string; requestId: string; key: string; fireAt: Date }[] = [];
      const webhookEvents: WebhookEvent[] = [];
      // Everything the batch needs is read once for all its rows: a read per row or per organization
      // cost the sweep seconds (docs/benchmarks.md).
      const members = await loadMembersOfOrganizations(tx, claimed.map((r) => r.request.organizationId));
      // The points already handled for the batch's requests, to find each one's next point.
      const handledBefore = await tx.scheduledReminder.findMany({
        where: { requestId: { in: claimed.filter((r) => r.kind === "STAFF_DUE").map((r) => r.requestId) }, kind: "STAFF_DUE", handledAt: { not: null } },
        select: { requestId: true, key: true },
      });
      const handledKeys = new Map<string, Set<string>>();
      for (const { requestId, key } of handledBefore) handledKeys.set(requestId, (handledKeys.get(requestId) ?? new Set()).add(key));

      for (const reminder of claimed) {
        const stale = staleReason(reminder);
        if (stale) {
          handled.push({ id: reminder.id, key: reminder.key, outcome: "SKIPPED", note: stale });
          continue;
        }
        const { request } = reminder;
        const org = request.organization;

        if (reminder.kind === "SUBJECT_REPLY") {
          await remindSubject(tx, reminder);
          subjectEmails++;
          handled.push({ id: reminder.id, key: reminder.key, outcome: "SENT", note: "the subject" });
          continue;
        }

        let key = reminder.key;
        if (reminder.kind === "STAFF_DUE") {
          // The point that is true now: a later one when this row waited past it (no worker ran for days).
          const dueDate = zonedDay(request.dueAt!, org.timeZone);
          const today = zonedDay(now, org.timeZone);
          const policy = { daysBefore: org.reminderDaysBefore, overdueDaily: org.remindOverdueDaily };
          const earlier = handledKeys.get(request.id) ?? new Set<string>();
          const current = nextStaffReminder({ dueDate, today, policy, handledKeys: earlier });
          if (!current || current.day > today) {
            handled.push({ id: reminder.id, key, outcome: "SKIPPED", note: "a later point was already sent" });
            continue;
          }
          key = current.key;
          const following = nextStaffReminder({ dueDate, today, policy, handledKeys: new Set([...earlier, key]) });
          if (following) {
            next.push({ organizationId: org.id, requestId: request.id, key: following.key, fireAt: fireAtFor(following.day, org.timeZone, now) });
          }
          // Once per point, like the email: this row is marked handled in this transaction.
          webhookEvents.push({
            organizationId: org.id,
            type: request.dueAt! < now ? "request.overdue" : "request.due_soon",
            request,
            occurredAt: now,
            reminderPoint: key,
          });
        }

        const overdue = reminder.kind === "STAFF_DUE" && request.dueAt! < now;
        const recipients = pickRecipients(members.get(org.id)!, request, { escalate: overdue });
        for (const recipient of recipients) {
          const digest = digests.get(recipient.email) ?? { recipient, items: [], organizationIds: new Set<string>() };
          digest.items.push({
            organizationName: org.name,
            reference: request.reference ?? request.id,
            detail: digestDetail(reminder, recipient, now),
            link: staffLink(request),
            overdue,
          });
          digest.organizationIds.add(org.id);
          digests.set(recipient.email, digest);
        }
        handled.push(
          recipients.length > 0
            ? { id: reminder.id, key, outcome: "SENT", note: recipients.map((r) => r.email).join(", ") }
            : { id: reminder.id, key, outcome: "SKIPPED", note: "nobody works this queue" },
        );
      }

      if (handled.length > 0) {
        // A row sent as a later point takes that point's key, unless (against every expectation) another row has it.
        await tx.$executeRaw`
          UPDATE "ScheduledReminder" AS s
          SET "handledAt" = ${now}, outcome = v.outcome::"ReminderOutcome", note = v.note,
              key = CASE WHEN v.key = s.key OR EXISTS (
                      SELECT 1 FROM "ScheduledReminder" AS o
                      WHERE o."requestId" = s."requestId" AND o.kind = s.kind AND o.key = v.key AND o.id <> s.id
                    ) THEN s.key ELSE v.key END
          FROM unnest(
            ${handled.map((h) => h.id)}::uuid[], ${handled.map((h) => h.key)}::text[],
            ${handled.map((h) => h.outcome)}::text[], ${handled.map((h) => h.note)}::text[]
          ) AS v(id, key, outcome, note)
          WHERE s.id = v.id`;
      }
      if (next.length > 0) {
        // One statement with arrays, like the UPDATE above: createMany of a batch's next points spent seconds
        // compiling the query (docs/benchmarks.md). ON CONFLICT DO NOTHING is the unique key's skipDuplicates.
        await tx.$executeRaw`
          INSERT INTO "ScheduledReminder" (id, "organizationId", "requestId", kind, key, "fireAt", "createdAt")
          SELECT gen_random_uuid(), v.organization_id, v.request_id, 'STAFF_DUE'::"ReminderKind", v.key, v.fire_at::timestamp(3), ${now}
          FROM unnest(
            ${next.map((n) => n.organizationId)}::uuid[], ${next.map((n) => n.requestId)}::uuid[],
            ${next.map((n) => n.key)}::text[], ${next.map((n) => n.fireAt.toISOString())}::text[]
          ) AS v(organization_id, request_id, key, fire_at)
          ON CONFLICT DO NOTHING`;
      }
      await enqueueWebhookEvents(tx, webhookEvents);
      await enqueueEmails(
        tx,
        [...digests.values()].map(({ recipient, items, organizationIds }) => ({
          ...(organizationIds.size === 1 ? { organizationId: [...organizationIds][0]! } : {}),
          to: recipient.email,
          ...staffDigestEmail({ name: recipient.name || recipient.email, items }),
        })),
      );
      return {
        claimed: claimed.length,
        sent: handled.filter((h) => h.outcome === "SENT").length,
        skipped: handled.filter((h) => h.outcome === "SKIPPED").length,
        emails: digests.size + subjectEmails,
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
