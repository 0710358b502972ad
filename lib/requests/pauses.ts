// The deadline clock stops while a request waits on its subject. A pause starts when staff ask the subject
// something and ends when the request moves on (the subject answers, staff resume it, or it closes); each
// change recomputes the due date and the reminders that follow from it.
import type { Tx } from "@/lib/db/client";
import type { Organization, PrivacyRequest } from "@/lib/db/generated/client";
import type { Regime } from "@/lib/db/generated/enums";
import { clockStopsFor, type PauseReason } from "@/lib/deadlines";
import { addCalendarDays, endOfZonedDay, toZonedDate } from "@/lib/deadlines/zoned-time";
import { cancelReplyReminders, scheduleReplyReminders } from "@/lib/reminders/schedule-reminders";
import { refreshDeadline } from "./request-deadline";

type PauseRequest = Pick<PrivacyRequest, "id" | "organizationId">;

/** The end of the day, `subjectReplyDays` from now, by which the subject is asked to answer. */
export function answerByFor(org: Pick<Organization, "timeZone" | "subjectReplyDays">, now: Date): Date {
  return endOfZonedDay(addCalendarDays(toZonedDate(now, org.timeZone), org.subjectReplyDays), org.timeZone);
}

/** While a request waits on its subject: what for (null for pauses from before reasons), and whether its law stops the clock. */
export type WaitingOnSubject = { reason: PauseReason | null; isClockStopped: boolean };

export function waitingOnSubject(regime: Regime | null, openPause: { reason: PauseReason | null } | undefined): WaitingOnSubject | null {
  if (!openPause) return null;
  return { reason: openPause.reason, isClockStopped: clockStopsFor(regime ?? "DEFAULT", openPause.reason ?? undefined) };
}

/** Starts a pause (call after setting AWAITING_SUBJECT). Returns the answer-by instant told to the subject. */
export async function startPause(
  tx: Tx,
  request: PauseRequest,
  org: Pick<Organization, "timeZone" | "subjectReplyDays">,
  reason: PauseReason,
  now: Date,
): Promise<Date> {
  const answerBy = answerByFor(org, now);
  await tx.requestPause.create({ data: { organizationId: request.organizationId, requestId: request.id, startedAt: now, answerBy, reason } });
  await scheduleReplyReminders(tx, request, org.timeZone, answerBy, now);
  await refreshDeadline(tx, request.id, request.organizationId, now);
  return answerBy;
}

/**
 * Ends the open pause, if any, and recomputes the due date and reminders. Call after the request's new
 * status is written: the reminders follow it (none for a closed request).
 */
export async function endPause(tx: Tx, request: PauseRequest, now: Date): Promise<void> {
  await tx.requestPause.updateMany({
    where: { organizationId: request.organizationId, requestId: request.id, endedAt: null },
    data: { endedAt: now },
  });
  await cancelReplyReminders(tx, request);
  await refreshDeadline(tx, request.id, request.organizationId, now);
}
