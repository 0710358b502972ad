// Puts reminders on the schedule the sweep works through (sweep-reminders.ts). Called inside the
// transaction that changed the request, so the schedule always matches the request as committed.
// Rows not yet handled are replaced freely; handled rows stay as the record of what was sent.
import type { Tx } from "@/lib/db/client";
import type { Organization, PrivacyRequest } from "@/lib/db/generated/client";
import { formatIsoDate, parseIsoDate, startOfZonedDay, toZonedDate } from "@/lib/deadlines/zoned-time";
import { nextStaffReminder, subjectReminderDay } from "./reminder-points";

/** Statuses in which staff owe work, so the due-date reminders run. AWAITING_SUBJECT stops the clock. */
export const REMINDED_STATUSES = ["NEW", "IN_PROGRESS"] as const;

export function isReminded(status: PrivacyRequest["status"]): boolean {
  return (REMINDED_STATUSES as readonly string[]).includes(status);
}

type ReminderOrg = Pick<Organization, "timeZone" | "reminderDaysBefore" | "remindOverdueDaily">;

/** The day of `instant` in the organization's time zone, as YYYY-MM-DD. */
export function zonedDay(instant: Date, timeZone: string): string {
  return formatIsoDate(toZonedDate(instant, timeZone));
}

/** When a point on `day` fires: the start of that day, or now when the day has come. */
export function fireAtFor(day: string, timeZone: string, now: Date): Date {
  const start = startOfZonedDay(parseIsoDate(day), timeZone);
  return start > now ? start : now;
}

/**
 * Schedules the request's next due-date reminder for staff, replacing any pending one: none unless the
 * request is NEW or IN_PROGRESS with a due date. `after` marks a point just handled (the sweep passes the
 * one it is sending, before its row is committed as handled).
 */
export async function scheduleStaffReminder(
  tx: Tx,
  request: Pick<PrivacyRequest, "id" | "organizationId" | "status" | "dueAt">,
  org: ReminderOrg,
  now: Date,
  justHandledKey?: string,
): Promise<void> {
  await tx.scheduledReminder.deleteMany({
    where: { organizationId: request.organizationId, requestId: request.id, kind: "STAFF_DUE", handledAt: null },
  });
  if (!request.dueAt || !isReminded(request.status)) return;
  const dueDate = zonedDay(request.dueAt, org.timeZone);
  const handled = await tx.scheduledReminder.findMany({
    where: { organizationId: request.organizationId, requestId: request.id, kind: "STAFF_DUE", key: { startsWith: `${dueDate}/` }, handledAt: { not: null } },
    select: { key: true },
  });
  const handledKeys = new Set(handled.map((r) => r.key));
  if (justHandledKey) handledKeys.add(justHandledKey);
  const point = nextStaffReminder({
    dueDate,
    today: zonedDay(now, org.timeZone),
    policy: { daysBefore: org.reminderDaysBefore, overdueDaily: org.remindOverdueDaily },
    handledKeys,
  });
  if (!point) return;
  await tx.scheduledReminder.createMany({
    data: {
      organizationId: request.organizationId,
      requestId: request.id,
      kind: "STAFF_DUE",
      key: point.key,
      fireAt: fireAtFor(point.day, org.timeZone, now),
    },
    skipDuplicates: true,
  });
}

/**
 * A question to the subject with an answer-by day: remind the subject a few days before it, and tell staff
 * the day after it if the request still waits.
 */
export async function scheduleReplyReminders(
  tx: Tx,
  request: Pick<PrivacyRequest, "id" | "organizationId">,
  timeZone: string,
  answerBy: Date,
  now: Date,
): Promise<void> {
  await cancelReplyReminders(tx, request);
  const answerByDate = zonedDay(answerBy, timeZone);
  const remindOn = subjectReminderDay(answerByDate, zonedDay(now, timeZone));
  const base = { organizationId: request.organizationId, requestId: request.id };
  await tx.scheduledReminder.createMany({
    data: [
      ...(remindOn ? [{ ...base, kind: "SUBJECT_REPLY" as const, key: `${answerByDate}/reply-reminder`, fireAt: fireAtFor(remindOn, timeZone, now) }] : []),
      // The day after the answer-by day.
      { ...base, kind: "STAFF_NO_REPLY" as const, key: `${answerByDate}/no-reply`, fireAt: new Date(answerBy.getTime() + 1) },
    ],
    skipDuplicates: true,
  });
}

/** The subject answered or the request moved on: their reply reminders are no longer wanted. */
export async function cancelReplyReminders(tx: Tx, request: Pick<PrivacyRequest, "id" | "organizationId">): Promise<void> {
  await tx.scheduledReminder.deleteMany({
    where: {
      organizationId: request.organizationId,
      requestId: request.id,
      kind: { in: ["SUBJECT_REPLY", "STAFF_NO_REPLY"] },
      handledAt: null,
    },
  });
}

/**
 * Gives every open request that never had a due-date reminder its first one: requests accepted before
 * reminders existed. Safe on several instances at once (row locks and the unique key); walks the requests
 * once by id, so it ends. Returns how many requests it looked at.
 */
export async function scheduleMissingStaffReminders(
  db: { $transaction: <T>(fn: (tx: Tx) => Promise<T>) => Promise<T> },
  now: Date,
): Promise<number> {
  const BATCH = 500;
  let total = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const ids = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT r.id FROM "PrivacyRequest" AS r
        WHERE r.id > ${after}::uuid AND r.status IN ('NEW', 'IN_PROGRESS') AND r."dueAt" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "ScheduledReminder" AS s WHERE s."requestId" = r.id AND s.kind = 'STAFF_DUE')
        ORDER BY r.id
        LIMIT ${BATCH}
        FOR UPDATE OF r SKIP LOCKED`;
      for (const { id } of rows) {
        const request = await tx.privacyRequest.findUniqueOrThrow({ where: { id }, include: { organization: true } });
        await scheduleStaffReminder(tx, request, request.organization, now);
      }
      return rows.map((r) => r.id);
    });
    total += ids.length;
    if (ids.length < BATCH) return total;
    after = ids.at(-1)!;
  }
}
