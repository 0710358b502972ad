// When a request must be answered. The one place the app computes a due date.
//
// For now every organization promises the product default: 30 calendar days after the subject
// verified their email, due at the end of that day in the organization's time zone. The per-regime
// engine (GDPR, UK, CCPA, NZ, LGPD, custom; pauses and extensions) replaces the body of this function.
import { addCalendarDays, endOfZonedDay, toZonedDate } from "./zoned-time";

export const DEFAULT_RESPONSE_DAYS = 30;

export type DeadlineInput = {
  verifiedAt: Date;
  timeZone: string;
  /** Calendar days the organization promises; the product default is 30. */
  responseDays?: number;
};

export type Deadline = { dueAt: Date; explanation: string };

export function computeDeadline(input: DeadlineInput): Deadline {
  const days = input.responseDays ?? DEFAULT_RESPONSE_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 365) {
    throw new RangeError(`A response period must be a whole number of days between 1 and 365, not ${days}`);
  }
  const start = toZonedDate(input.verifiedAt, input.timeZone);
  const due = addCalendarDays(start, days);
  return {
    dueAt: endOfZonedDay(due, input.timeZone),
    explanation: `${days} calendar days after the request was verified, ending at midnight (${input.timeZone}).`,
  };
}
