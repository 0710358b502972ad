// Which reminder point a request reaches next. Pure: dates are YYYY-MM-DD days in the organization's
// time zone, and the caller says which points were already handled.
//
// The points of a due day D are D minus each of the organization's "days before" (0 = D itself), then
// every day after D while the request is overdue. A request is reminded at most once per point and due
// date; when several points have passed unreminded (the request arrived late in its period, or no worker
// ran for days) only the latest of them is sent, since it is the one that is true now.
import { addCalendarDays, daysBetween, formatIsoDate, parseIsoDate } from "@/lib/deadlines/zoned-time";

export type ReminderPoint = {
  /** Unique per request and due date, e.g. "2026-12-10/3-days-before", "2026-12-10/overdue-2". */
  key: string;
  /** The day the point is reached. */
  day: string;
};

export type StaffReminderPolicy = { daysBefore: readonly number[]; overdueDaily: boolean };

export const DEFAULT_REMINDER_DAYS_BEFORE = [7, 3, 1, 0] as const;
export const MAX_REMINDER_DAYS_BEFORE = 90;

function pointsOf(dueDate: string, today: string, policy: StaffReminderPolicy): ReminderPoint[] {
  const due = parseIsoDate(dueDate);
  const before = [...new Set(policy.daysBefore)]
    .filter((n) => Number.isInteger(n) && n >= 0 && n <= MAX_REMINDER_DAYS_BEFORE)
    .sort((a, b) => b - a)
    .map((n) => ({
      key: `${dueDate}/${n === 0 ? "due-day" : `${n}-day${n === 1 ? "" : "s"}-before`}`,
      day: formatIsoDate(addCalendarDays(due, -n)),
    }));
  if (!policy.overdueDaily) return before;
  // Overdue points for today (when past due) and tomorrow are enough to find the current and the next one.
  const overdueFrom = Math.max(1, daysBetween(due, parseIsoDate(today)));
  const overdue = [overdueFrom, overdueFrom + 1].map((k) => ({
    key: `${dueDate}/overdue-${k}`,
    day: formatIsoDate(addCalendarDays(due, k)),
  }));
  return [...before, ...overdue];
}

/**
 * The point to remind at next: the latest point already reached if it was not handled, else the first
 * point after today not handled. Null when no point is left (no overdue reminders and the due day passed).
 */
export function nextStaffReminder(args: {
  dueDate: string;
  today: string;
  policy: StaffReminderPolicy;
  handledKeys: ReadonlySet<string>;
}): ReminderPoint | null {
  const points = pointsOf(args.dueDate, args.today, args.policy);
  const reached = points.filter((p) => p.day <= args.today);
  const current = reached.at(-1);
  if (current && !args.handledKeys.has(current.key)) return current;
  return points.find((p) => p.day > args.today && !args.handledKeys.has(p.key)) ?? null;
}

/** "due in 3 days", "due today", "2 days overdue": what a reminder says, on the day it is sent. */
export function dueInWords(dueDate: string, today: string): string {
  const left = daysBetween(parseIsoDate(today), parseIsoDate(dueDate));
  if (left > 1) return `due in ${left} days`;
  if (left === 1) return "due tomorrow";
  if (left === 0) return "due today";
  return left === -1 ? "1 day overdue" : `${-left} days overdue`;
}

/** The subject is reminded this many days before their answer-by day. */
export const SUBJECT_REMINDER_DAYS_BEFORE = 3;

/**
 * The subject's reminder day for an answer-by day, or null when the question leaves no room for one
 * (the reminder would fall on or before the day the question was asked).
 */
export function subjectReminderDay(answerByDate: string, askedOn: string): string | null {
  const day = formatIsoDate(addCalendarDays(parseIsoDate(answerByDate), -SUBJECT_REMINDER_DAYS_BEFORE));
  return day > askedOn ? day : null;
}
