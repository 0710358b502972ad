// How a due date reads in the queue: "due today", "in 3 days", "2 days overdue", counted in calendar
// days of the organization's time zone, with a tone so colour and words say the same thing.
import { toZonedDate, type CalendarDate } from "@/lib/deadlines/zoned-time";

export type DueTone = "overdue" | "due-soon" | "on-track";
export type DueDescription = { text: string; tone: DueTone; isOverdue: boolean; daysLeft: number };

/** Requests due within this many days are flagged as due soon. */
export const DUE_SOON_DAYS = 7;

function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

function days(n: number): string {
  return `${n} ${n === 1 ? "day" : "days"}`;
}

/**
 * The due date of an open request relative to `now`. `daysLeft` is the number of calendar days from
 * today to the due day (negative once it has passed); a request is overdue from the instant it was due.
 */
export function describeDue(dueAt: Date, now: Date, timeZone: string): DueDescription {
  const daysLeft = dayNumber(toZonedDate(dueAt, timeZone)) - dayNumber(toZonedDate(now, timeZone));
  if (dueAt.getTime() <= now.getTime()) {
    const late = Math.max(0, -daysLeft);
    return { text: late === 0 ? "overdue today" : `${days(late)} overdue`, tone: "overdue", isOverdue: true, daysLeft };
  }
  if (daysLeft === 0) return { text: "due today", tone: "due-soon", isOverdue: false, daysLeft };
  return { text: `in ${days(daysLeft)}`, tone: daysLeft <= DUE_SOON_DAYS ? "due-soon" : "on-track", isOverdue: false, daysLeft };
}
