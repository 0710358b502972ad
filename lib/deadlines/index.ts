// When a request must be answered, by legal regime. The one place the app computes a due date; the rules,
// their sources and the choices behind them are in docs/decisions/0005-deadlines.md.
//
// Pure: every instant comes in as an argument. Days are counted on the calendar of the organization's time
// zone and a request is due at the last millisecond of its due day there, so DST never moves a due date.
import type { HolidayCalendar } from "./holidays/holiday-calendar";
import { NZ_PUBLIC_HOLIDAYS } from "./holidays/nz";
import { UK_BANK_HOLIDAYS } from "./holidays/uk";
import { US_FEDERAL_HOLIDAYS } from "./holidays/us";
import { addCalendarDays, endOfZonedDay, formatIsoDate, isValidTimeZone, toZonedDate } from "./zoned-time";
import type { CalendarDate } from "./zoned-time";
import type { PauseReason, UkRegion } from "./contract";

export * from "./contract";

export type Regime = "DEFAULT" | "GDPR" | "UK" | "CCPA" | "CCPA_OPT_OUT" | "NZ" | "LGPD" | "CUSTOM";

export type DeadlineInput = {
  regime: Regime;
  receivedAt: Date;
  /** When the subject's identity was verified; regimes that count from verification fall back to receipt. */
  verifiedAt?: Date;
  /** The organization's IANA time zone. */
  timeZone: string;
  /** Periods waiting on the subject; `to` absent means the request is still waiting. */
  pauses?: { from: Date; to?: Date; reason?: PauseReason }[];
  /** UK only: whose bank holidays count (default England and Wales). */
  holidayRegion?: UkRegion;
  extension?: { grantedAt: Date; days?: number; months?: number };
  custom?: { days: number; businessDays: boolean };
  /**
   * When the clock starts. Each regime has its own default (verification, or receipt for CCPA); an
   * organization may choose receipt, the stricter start. CCPA counts from receipt whatever is chosen.
   */
  clockStart?: ClockStart;
  /** The longest extension of a DEFAULT or CUSTOM period, in its days (default: the period's length). */
  extensionMaxDays?: number;
};

export type ClockStart = "RECEIPT" | "VERIFICATION";

export type Deadline = {
  /** The last millisecond of the due day in the organization's time zone. */
  dueAt: Date;
  /** The due day as YYYY-MM-DD in the organization's time zone. */
  dueDate: string;
  /** CCPA only: when receipt must be acknowledged. */
  acknowledgeBy?: Date;
  explanation: string;
  /** The instant the clock started: receipt or verification, by regime. */
  clockStartedAt: Date;
  /** Days the due date moved for pauses, in the regime's unit (calendar or working days). */
  pausedDays: number;
  /** A pause is still open: `dueAt` counts it up to its first day only and will move when it ends. */
  isPaused: boolean;
  /** A pause is open and this regime stops its clock for it (CCPA's does not): the due state is "paused". */
  isClockStopped: boolean;
  /** A day counted lies outside the shipped holiday years, so holidays on it were not excluded. */
  isBeyondHolidayData: boolean;
};

/** Input the engine cannot honour, such as an extension longer than the law allows. */
export class DeadlineError extends Error {
  override name = "DeadlineError";
}

export const DEFAULT_RESPONSE_DAYS = 30;
const CCPA_RESPONSE_DAYS = 45;
const CCPA_ACKNOWLEDGE_BUSINESS_DAYS = 10;
const CCPA_OPT_OUT_BUSINESS_DAYS = 15;
const CCPA_MAX_EXTENSION_DAYS = 45;
const NZ_WORKING_DAYS = 20;
/** s 48 allows "a reasonable period"; anything longer than this is refused as a likely typo. */
export const NZ_MAX_EXTENSION_WORKING_DAYS = 365;
const LGPD_DAYS = 15;
const MONTH_REGIMES_MAX_EXTENSION_MONTHS = 2;
const CUSTOM_MAX_DAYS = 365;

// --- calendar helpers (dates only; no instants) ---

const DAY_MS = 86_400_000;
const dayNumber = (d: CalendarDate) => Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
const isoDate = formatIsoDate;
const weekday = (d: CalendarDate) => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
const isWeekend = (d: CalendarDate) => weekday(d) === 0 || weekday(d) === 6;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The same date number `months` later, or that month's last day when it has none (31 Jan + 1 → 28/29 Feb). */
function addMonthsClamped(d: CalendarDate, months: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Decides working days and remembers whether it had to decide beyond its holiday data. */
class WorkingDays {
  isBeyondHolidayData = false;
  private readonly holidays: Set<string>;

  constructor(
    readonly calendar: HolidayCalendar | null,
    private readonly isNzSummerBreak = false,
  ) {
    this.holidays = new Set(calendar ? Object.values(calendar.dates).flat() : []);
  }

  isWorkingDay(d: CalendarDate): boolean {
    if (isWeekend(d)) return false;
    // Privacy Act 2020 s 7: no day from 25 December to 15 January is a working day.
    if (this.isNzSummerBreak && ((d.month === 12 && d.day >= 25) || (d.month === 1 && d.day <= 15))) return false;
    if (!this.calendar) return true;
    if (d.year < this.calendar.firstYear || d.year > this.calendar.lastYear) {
      this.isBeyondHolidayData = true;
      return true;
    }
    return !this.holidays.has(isoDate(d));
  }

  /** The `count`th working day after `d` (the day `d` itself is not counted). */
  add(d: CalendarDate, count: number): CalendarDate {
    let day = d;
    for (let left = count; left > 0; ) {
      day = addCalendarDays(day, 1);
      if (this.isWorkingDay(day)) left--;
    }
    return day;
  }

  /** `d` when it is a working day, else the next one. */
  rollForward(d: CalendarDate): CalendarDate {
    let day = d;
    while (!this.isWorkingDay(day)) day = addCalendarDays(day, 1);
    return day;
  }
}

// --- the regimes ---

type Rule = {
  /** The period, e.g. "one month"; the start ("after receipt") is added by computeDeadline. */
  label: string;
  /** The law's own citation, shown after the start. */
  source?: string;
  /** The law fixes the start at receipt (CCPA); otherwise the organization's clockStart decides. */
  countsFromReceipt: boolean;
  /** The due day before pauses and extension. */
  due: (start: CalendarDate) => CalendarDate;
  /** Counts pauses and extension days in working days (else calendar days). */
  unit: "calendar" | "working";
  /** Applied to the due day after calendar-day shifts (UK: the next working day). */
  settle: (d: CalendarDate) => CalendarDate;
  pausesStopClock: boolean;
  extension: ExtensionLimit;
  extend: (due: CalendarDate, ext: NonNullable<DeadlineInput["extension"]>) => { due: CalendarDate; text: string };
  acknowledge?: (start: CalendarDate) => CalendarDate;
};

function requireWhole(value: number | undefined, what: string): number {
  if (value === undefined || !Number.isInteger(value) || value < 1) {
    throw new DeadlineError(`${what} must be a whole number of at least 1, not ${value}`);
  }
  return value;
}

/** How a regime extends its period, for forms and for `extend`: by months, by days, or not at all. */
export type ExtensionLimit =
  | { unit: "months"; max: number }
  | { unit: "days"; max: number; unitWord: string }
  | { unit: null; reason: string };

type Extension = Pick<Rule, "extension" | "extend">;

function extendByMonths(settle: (d: CalendarDate) => CalendarDate): Extension {
  const max = MONTH_REGIMES_MAX_EXTENSION_MONTHS;
  return {
    extension: { unit: "months", max },
    extend: (due, ext) => {
      if (ext.days !== undefined) throw new DeadlineError("This regime extends by months, not days");
      const months = requireWhole(ext.months, "An extension in months");
      if (months > max) throw new DeadlineError(`An extension can be at most ${max} months, not ${months}`);
      return { due: settle(addMonthsClamped(due, months)), text: `extended by ${months} month${months === 1 ? "" : "s"}` };
    },
  };
}

function extendByDays(max: number, add: (due: CalendarDate, days: number) => CalendarDate, unitWord: string): Extension {
  if (max === 0) return refuseExtension("The organization does not extend this period");
  return {
    extension: { unit: "days", max, unitWord },
    extend: (due, ext) => {
      if (ext.months !== undefined) throw new DeadlineError("This regime extends by days, not months");
      const days = requireWhole(ext.days, "An extension in days");
      if (days > max) throw new DeadlineError(`An extension can be at most ${max} ${unitWord}, not ${days}`);
      return { due: add(due, days), text: `extended by ${days} ${unitWord}` };
    },
  };
}

function refuseExtension(reason: string): Extension {
  return {
    extension: { unit: null, reason },
    extend: () => {
      throw new DeadlineError(reason);
    },
  };
}

/** Whether waiting on the subject stops this regime's clock: every regime's but CCPA's, which runs from receipt. */
export function pausesStopClock(regime: Regime): boolean {
  return regime !== "CCPA" && regime !== "CCPA_OPT_OUT";
}

function maxExtension(input: RuleInput, periodDays: number): number {
  const max = input.extensionMaxDays ?? periodDays;
  if (!Number.isInteger(max) || max < 0 || max > CUSTOM_MAX_DAYS) {
    throw new DeadlineError(`The longest extension must be a whole number of days between 0 and ${CUSTOM_MAX_DAYS}, not ${max}`);
  }
  return max;
}

type RuleInput = Pick<DeadlineInput, "regime" | "custom" | "extensionMaxDays">;

function ruleFor(input: RuleInput, work: WorkingDays): Rule {
  const same = (d: CalendarDate) => d;
  const calendarDays = (d: CalendarDate, n: number) => addCalendarDays(d, n);
  switch (input.regime) {
    case "DEFAULT":
      return {
        label: `${DEFAULT_RESPONSE_DAYS} calendar days`,
        countsFromReceipt: false,
        due: (s) => addCalendarDays(s, DEFAULT_RESPONSE_DAYS),
        unit: "calendar",
        settle: same,
        pausesStopClock: pausesStopClock(input.regime),
        ...extendByDays(maxExtension(input, DEFAULT_RESPONSE_DAYS), calendarDays, "calendar days"),
      };
    case "GDPR":
      return {
        label: "one month",
        source: "GDPR art. 12(3); Reg. 1182/71 art. 3: the start day is not counted",
        countsFromReceipt: false,
        due: (s) => addMonthsClamped(s, 1),
        unit: "calendar",
        settle: same,
        pausesStopClock: pausesStopClock(input.regime),
        ...extendByMonths(same),
      };
    case "UK": {
      const settle = (d: CalendarDate) => work.rollForward(d);
      return {
        label: "the same date next month, moved to the next working day",
        source: "ICO guidance on the right of access",
        countsFromReceipt: false,
        due: (s) => addMonthsClamped(s, 1),
        unit: "calendar",
        settle,
        pausesStopClock: pausesStopClock(input.regime),
        ...extendByMonths(settle),
      };
    }
    case "CCPA":
      return {
        label: `${CCPA_RESPONSE_DAYS} calendar days`,
        source: "Cal. Civ. Code §1798.130(a)(2)",
        countsFromReceipt: true,
        due: (s) => addCalendarDays(s, CCPA_RESPONSE_DAYS),
        unit: "calendar",
        settle: same,
        pausesStopClock: pausesStopClock(input.regime),
        ...extendByDays(CCPA_MAX_EXTENSION_DAYS, calendarDays, "calendar days"),
        acknowledge: (s) => work.add(s, CCPA_ACKNOWLEDGE_BUSINESS_DAYS),
      };
    case "CCPA_OPT_OUT":
      return {
        label: `${CCPA_OPT_OUT_BUSINESS_DAYS} business days`,
        source: "CCPA Regs §7026(f)",
        countsFromReceipt: true,
        due: (s) => work.add(s, CCPA_OPT_OUT_BUSINESS_DAYS),
        unit: "working",
        settle: same,
        pausesStopClock: pausesStopClock(input.regime),
        ...refuseExtension("A CCPA opt-out provides no extension of the response period"),
      };
    case "NZ":
      return {
        label: `${NZ_WORKING_DAYS} working days`,
        source: "Privacy Act 2020 s 44",
        countsFromReceipt: false,
        due: (s) => work.add(s, NZ_WORKING_DAYS),
        unit: "working",
        settle: same,
        pausesStopClock: pausesStopClock(input.regime),
        ...extendByDays(NZ_MAX_EXTENSION_WORKING_DAYS, (d, n) => work.add(d, n), "working days"),
      };
    case "LGPD":
      return {
        label: `${LGPD_DAYS} calendar days`,
        source: "LGPD art. 19 II",
        countsFromReceipt: false,
        due: (s) => addCalendarDays(s, LGPD_DAYS),
        unit: "calendar",
        settle: same,
        pausesStopClock: pausesStopClock(input.regime),
        ...refuseExtension("LGPD provides no extension of the response period"),
      };
    case "CUSTOM": {
      if (!input.custom) throw new DeadlineError("A CUSTOM regime needs `custom` (days and whether they are business days)");
      const { days, businessDays } = input.custom;
      if (!Number.isInteger(days) || days < 1 || days > CUSTOM_MAX_DAYS) {
        throw new DeadlineError(`A custom period must be a whole number of days between 1 and ${CUSTOM_MAX_DAYS}, not ${days}`);
      }
      const add = businessDays ? (d: CalendarDate, n: number) => work.add(d, n) : calendarDays;
      const unitWord = businessDays ? "business days" : "calendar days";
      return {
        label: `${days} ${unitWord}`,
        source: "the organization's own period",
        countsFromReceipt: false,
        due: (s) => add(s, days),
        unit: businessDays ? "working" : "calendar",
        settle: same,
        pausesStopClock: pausesStopClock(input.regime),
        ...extendByDays(maxExtension(input, days), add, unitWord),
      };
    }
    default: {
      const unknown: never = input.regime;
      throw new DeadlineError(`Unknown regime ${String(unknown)}`);
    }
  }
}

function holidaysFor(input: Pick<DeadlineInput, "regime">): WorkingDays {
  switch (input.regime) {
    case "UK":
      return new WorkingDays(UK_BANK_HOLIDAYS);
    case "CCPA":
    case "CCPA_OPT_OUT":
      return new WorkingDays(US_FEDERAL_HOLIDAYS);
    case "NZ":
      return new WorkingDays(NZ_PUBLIC_HOLIDAYS, true);
    default:
      return new WorkingDays(null);
  }
}

/**
 * How a request under `input`'s regime can be extended: the unit and the most it allows, or why it cannot
 * be. The same limits computeDeadline enforces, so a form can say them before anyone submits.
 */
export function extensionLimit(input: RuleInput): ExtensionLimit {
  return ruleFor(input, holidaysFor(input)).extension;
}

function requireDate(value: Date, what: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new DeadlineError(`${what} is not a valid date`);
}

export function computeDeadline(input: DeadlineInput): Deadline {
  const { timeZone } = input;
  if (!isValidTimeZone(timeZone)) throw new DeadlineError(`Unknown time zone "${timeZone}"`);
  requireDate(input.receivedAt, "receivedAt");
  if (input.verifiedAt) {
    requireDate(input.verifiedAt, "verifiedAt");
    if (input.verifiedAt < input.receivedAt) throw new DeadlineError("verifiedAt is before receivedAt");
  }

  const work = holidaysFor(input);
  const rule = ruleFor(input, work);
  const fromReceipt = rule.countsFromReceipt || input.clockStart === "RECEIPT";
  const clockStartedAt = fromReceipt ? input.receivedAt : (input.verifiedAt ?? input.receivedAt);
  const startWord = fromReceipt ? "receipt" : "verification";
  const start = toZonedDate(clockStartedAt, timeZone);
  const notes: string[] = [];

  let due = rule.due(start);

  // Pauses: the days on which the clock did not run are the days after a pause's first day up to and
  // including the day it ended (paused Monday to Wednesday = 2 days; paused and resumed the same day = 0),
  // counting only days after the clock started and each day once however many pauses cover it.
  const pauseDays = new Map<number, CalendarDate>();
  let isPaused = false;
  for (const pause of input.pauses ?? []) {
    requireDate(pause.from, "A pause's start");
    if (pause.to) {
      requireDate(pause.to, "A pause's end");
      if (pause.to < pause.from) throw new DeadlineError("A pause ends before it starts");
    } else {
      isPaused = true;
    }
    const from = toZonedDate(pause.from, timeZone);
    const to = pause.to ? toZonedDate(pause.to, timeZone) : from;
    const first = Math.max(dayNumber(from), dayNumber(start)) + 1;
    for (let n = first; n <= dayNumber(to); n++) {
      const d = addCalendarDays(start, n - dayNumber(start));
      pauseDays.set(n, d);
    }
  }
  let pausedDays = 0;
  if (pauseDays.size > 0) {
    if (!rule.pausesStopClock) {
      notes.push("Pauses do not stop this clock: it runs from receipt regardless of verification (CCPA Regs §7021(b)).");
    } else {
      const counted = [...pauseDays.values()].filter((d) => rule.unit === "calendar" || work.isWorkingDay(d));
      pausedDays = counted.length;
      if (pausedDays > 0) {
        due = rule.unit === "working" ? work.add(due, pausedDays) : addCalendarDays(due, pausedDays);
        const unitWord = rule.unit === "working" ? "working" : "calendar";
        notes.push(`Moved ${pausedDays} ${unitWord} day${pausedDays === 1 ? "" : "s"} later for time waiting on the subject.`);
      }
    }
  }
  if (isPaused && rule.pausesStopClock) notes.push("The request is paused; the due date will move when it resumes.");

  const currentDue = rule.settle(due);
  if (input.extension) {
    requireDate(input.extension.grantedAt, "The extension's grant date");
    if (input.extension.grantedAt > endOfZonedDay(currentDue, timeZone)) {
      throw new DeadlineError(`An extension must be granted by the current due date, ${isoDate(currentDue)}`);
    }
    if (input.extension.grantedAt < clockStartedAt) throw new DeadlineError("An extension cannot be granted before the clock started");
    // Month extensions run from the unsettled due date (UK: before moving off a weekend), then settle again.
    const extended = rule.extend(due, input.extension);
    due = extended.due;
    notes.push(`The period was ${extended.text} on ${isoDate(toZonedDate(input.extension.grantedAt, timeZone))}.`);
  }
  const dueDate = rule.settle(due);

  const acknowledgeDate = rule.acknowledge?.(start);
  if (work.isBeyondHolidayData && work.calendar) {
    notes.push(
      `Some days counted are outside ${work.calendar.firstYear}–${work.calendar.lastYear}, the years of ${work.calendar.name} we ship; holidays on them were not excluded.`,
    );
  }

  const acknowledgeText = acknowledgeDate ? ` Acknowledge by ${isoDate(acknowledgeDate)} (10 business days).` : "";
  return {
    dueAt: endOfZonedDay(dueDate, timeZone),
    dueDate: isoDate(dueDate),
    ...(acknowledgeDate ? { acknowledgeBy: endOfZonedDay(acknowledgeDate, timeZone) } : {}),
    explanation: [
      `Due ${isoDate(dueDate)}: ${rule.label} after ${startWord}${rule.source ? ` (${rule.source})` : ""}, counted from ${isoDate(start)}, ending at midnight (${timeZone}).${acknowledgeText}`,
      ...notes,
    ].join(" "),
    clockStartedAt,
    pausedDays,
    isPaused,
    isClockStopped: isPaused && rule.pausesStopClock,
    isBeyondHolidayData: work.isBeyondHolidayData,
  };
}
