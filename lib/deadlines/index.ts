// When a request must be answered, by legal regime. The one place the app computes a due date. Each law's
// rules and sources are in its module, lib/deadlines/regimes/<law>.ts, read through one registry
// (lib/deadlines/regimes/index.ts); this file only counts. docs/decisions/0005-deadlines.md indexes them.
//
// Pure: every instant comes in as an argument. Days are counted on the calendar of the organization's time
// zone and a request is due at the last millisecond of its due day there, so DST never moves a due date.
import type { HolidayCalendar } from "./holidays/holiday-calendar";
import { CUSTOM_MAX_DAYS } from "./regimes/custom";
import { clockStopsFor, REGIMES } from "./regimes";
import type { CountUnit, PauseReason, PeriodUnit, Regime, RegimeModule } from "./regimes";
import { UK_REGIONS, type UkRegion } from "./holidays/uk";
import { addCalendarDays, endOfZonedDay, formatIsoDate, isValidTimeZone, toZonedDate } from "./zoned-time";
import type { CalendarDate } from "./zoned-time";

export type { PauseReason, PeriodUnit, Regime, RegimeModule } from "./regimes";
export {
  ALL_REGIMES,
  clockStopsFor,
  JURISDICTION_REGIMES,
  ORGANIZATION_REGIMES,
  PAUSE_REASONS,
  regimeForRequestType,
  regimeModule,
  regimeOfJurisdiction,
  REGIMES,
} from "./regimes";
export { UK_REGIONS, type UkRegion } from "./holidays/uk";
export { DEFAULT_RESPONSE_DAYS } from "./regimes/default";
export { NZ_MAX_EXTENSION_WORKING_DAYS } from "./regimes/nz";

export type DeadlinePause = {
  from: Date;
  /** Absent while the request still waits. */
  to?: Date;
  /** Why staff wait; the regime decides whether its clock stops for it. Absent: as pauses always behaved. */
  reason?: PauseReason;
};

export type DeadlineInput = {
  regime: Regime;
  receivedAt: Date;
  /** When the subject's identity was verified; regimes that count from verification fall back to receipt. */
  verifiedAt?: Date;
  /** The organization's IANA time zone. */
  timeZone: string;
  /** Periods waiting on the subject; `to` absent means the request is still waiting. */
  pauses?: DeadlinePause[];
  extension?: { grantedAt: Date; days?: number; months?: number };
  custom?: { days: number; businessDays: boolean };
  /**
   * The organization's choice of start. RECEIPT always applies (it is never later). VERIFICATION applies only
   * where the regime lets the clock wait for proof of identity (its module's `clock.start`); a regime whose
   * law fixes the start at receipt counts from receipt whatever is chosen.
   */
  clockStart?: ClockStart;
  /** The longest extension of a DEFAULT or CUSTOM period, in its days (default: the period's length). */
  extensionMaxDays?: number;
  /** The organization's UK bank-holiday region, for UK requests only (default ENGLAND_WALES). */
  holidayRegion?: UkRegion;
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
  /** Days the due date moved for pauses that stopped the clock, in the regime's unit (calendar or working days). */
  pausedDays: number;
  /** A pause is still open: `dueAt` counts it up to its first day only and will move when it ends. */
  isPaused: boolean;
  /** An open pause stops this regime's clock (its reason is one the law allows): the due state is "paused". */
  isClockStopped: boolean;
  /** The reason of the open pause that stopped the clock, when it has one. */
  stoppedFor?: PauseReason;
  /** A day counted lies outside the shipped holiday years, so holidays on it were not excluded. */
  isBeyondHolidayData: boolean;
};

/** Input the engine cannot honour, such as an extension longer than the law allows. */
export class DeadlineError extends Error {
  override name = "DeadlineError";
}
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

// --- the regimes, from their modules ---

type Rule = {
  module: RegimeModule;
  /** The period, e.g. "one month"; the start ("after receipt") is added by computeDeadline. */
  label: string;
  /** The due day before pauses and extension. */
  due: (start: CalendarDate) => CalendarDate;
  /** Counts pauses and extension days in working days (else calendar days). */
  unit: "calendar" | "working";
  /** Applied to the due day after calendar-day shifts (UK: the next working day). */
  settle: (d: CalendarDate) => CalendarDate;
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
  | { unit: "days"; max: number; unitWord: string; periodUnit: PeriodUnit }
  | { unit: null; reason: string };

type Extension = Pick<Rule, "extension" | "extend">;

function extendByMonths(max: number, settle: (d: CalendarDate) => CalendarDate): Extension {
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

const UNIT_WORDS: Record<Exclude<CountUnit, "month">, string> = {
  calendarDay: "calendar days",
  workingDay: "working days",
  businessDay: "business days",
};

function extendByDays(max: number, add: (due: CalendarDate, days: number) => CalendarDate, unit: Exclude<CountUnit, "month">): Extension {
  if (max === 0) return refuseExtension("The organization does not extend this period");
  const unitWord = UNIT_WORDS[unit];
  return {
    extension: { unit: "days", max, unitWord, periodUnit: unit },
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

function maxExtension(input: RuleInput, periodDays: number): number {
  const max = input.extensionMaxDays ?? periodDays;
  if (!Number.isInteger(max) || max < 0 || max > CUSTOM_MAX_DAYS) {
    throw new DeadlineError(`The longest extension must be a whole number of days between 0 and ${CUSTOM_MAX_DAYS}, not ${max}`);
  }
  return max;
}

type RuleInput = Pick<DeadlineInput, "regime" | "custom" | "extensionMaxDays">;

function periodOf(input: RuleInput, module: RegimeModule): { count: number; unit: CountUnit; rollsToWorkingDay: boolean } {
  if (module.period.kind === "fixed") return module.period;
  if (!input.custom) throw new DeadlineError("A CUSTOM regime needs `custom` (days and whether they are business days)");
  const { days, businessDays } = input.custom;
  if (!Number.isInteger(days) || days < 1 || days > CUSTOM_MAX_DAYS) {
    throw new DeadlineError(`A custom period must be a whole number of days between 1 and ${CUSTOM_MAX_DAYS}, not ${days}`);
  }
  return { count: days, unit: businessDays ? "businessDay" : "calendarDay", rollsToWorkingDay: false };
}

function ruleFor(input: RuleInput, work: WorkingDays): Rule {
  const module: RegimeModule | undefined = REGIMES[input.regime];
  if (!module) throw new DeadlineError(`Unknown regime ${String(input.regime)}`);
  const period = periodOf(input, module);
  const add = (d: CalendarDate, n: number, unit: CountUnit): CalendarDate => {
    if (unit === "month") return addMonthsClamped(d, n);
    return unit === "calendarDay" ? addCalendarDays(d, n) : work.add(d, n);
  };
  const settle = period.rollsToWorkingDay ? (d: CalendarDate) => work.rollForward(d) : (d: CalendarDate) => d;
  const ext = module.extension;
  let extension: Extension;
  if (ext.unit === "months") extension = extendByMonths(ext.max, settle);
  else if (ext.unit === null) extension = refuseExtension(ext.reason);
  else {
    // An organization's own period extends in its own unit, up to its own maximum.
    const unit = module.period.kind === "organization" && period.unit !== "month" ? period.unit : ext.count;
    const max = ext.max === "organization" ? maxExtension(input, period.count) : ext.max;
    extension = extendByDays(max, (d, n) => add(d, n, unit), unit);
  }
  const ack = module.acknowledge;
  return {
    module,
    label: module.period.kind === "fixed" ? module.periodLabel : `${period.count} ${UNIT_WORDS[period.unit as Exclude<CountUnit, "month">]}`,
    due: (s) => add(s, period.count, period.unit),
    unit: period.unit === "workingDay" || period.unit === "businessDay" ? "working" : "calendar",
    settle,
    ...extension,
    ...(ack ? { acknowledge: (s: CalendarDate) => work.add(s, ack.count) } : {}),
  };
}

function holidaysFor(input: Pick<DeadlineInput, "regime" | "holidayRegion">): WorkingDays {
  const module: RegimeModule | undefined = REGIMES[input.regime];
  if (!module) throw new DeadlineError(`Unknown regime ${String(input.regime)}`);
  const region = input.holidayRegion;
  // An unknown region is refused, never counted without holidays (UK_BANK_HOLIDAYS_BY_REGION["toString"]).
  if (region !== undefined && !(UK_REGIONS as readonly string[]).includes(region)) throw new DeadlineError(`Unknown UK holiday region "${String(region)}"`);
  return new WorkingDays(module.holidays(region), module.hasNzSummerBreak ?? false);
}

/**
 * How a request under `input`'s regime can be extended: the unit and the most it allows, or why it cannot
 * be. The same limits computeDeadline enforces, so a form can say them before anyone submits.
 */
export function extensionLimit(input: RuleInput): ExtensionLimit {
  return ruleFor(input, holidaysFor(input)).extension;
}

const PAUSE_WORDS: Record<PauseReason, string> = {
  IDENTITY: "proof of identity",
  FEE: "a fee",
  CLARIFICATION: "clarification",
  LARGE_VOLUME_CLARIFICATION: "clarification of a large request",
  OTHER: "another reason",
};

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
  const { module } = rule;
  // RECEIPT, when the organization chose it, always applies: it is never later than what a law allows.
  const waitsForIdentity = input.clockStart !== "RECEIPT" && input.verifiedAt !== undefined;
  const fromVerification = waitsForIdentity && module.clock.start === "VERIFICATION";
  const identityPaused = waitsForIdentity && module.clock.start === "RECEIPT_IDENTITY_PAUSED";
  const clockStartedAt = fromVerification ? input.verifiedAt! : input.receivedAt;
  const startWord = fromVerification ? "verification" : "receipt";
  const start = toZonedDate(clockStartedAt, timeZone);
  const notes: string[] = [];
  if (module.clock.start === "RECEIPT" && input.clockStart !== "RECEIPT" && input.verifiedAt && input.verifiedAt > input.receivedAt) {
    notes.push(`The law fixes the start at receipt (${module.clock.source}).`);
  }

  let due = rule.due(start);
  // The subject's time proving who they are does not count (GDPR): the clock resumes at verification with the
  // days already used. Restarting it at verification is the other reading; at a month's end it can be the
  // earlier date, so the earlier of the two applies (31 Jan → verified 2 Feb: resumed 2 Mar, restarted 2 Mar;
  // 30 Jan → 1 Feb: resumed 2 Mar, restarted 1 Mar → 1 Mar).
  let identityDays = 0;
  if (identityPaused) {
    const verified = toZonedDate(input.verifiedAt!, timeZone);
    let waited = 0;
    for (let d = addCalendarDays(start, 1); dayNumber(d) <= dayNumber(verified); d = addCalendarDays(d, 1)) {
      if (rule.unit === "calendar" || work.isWorkingDay(d)) waited++;
    }
    if (waited > 0) {
      const resumed = rule.unit === "working" ? work.add(due, waited) : addCalendarDays(due, waited);
      const restarted = rule.due(verified);
      due = dayNumber(restarted) < dayNumber(resumed) ? restarted : resumed;
      identityDays = rule.unit === "working" && due === resumed ? waited : dayNumber(due) - dayNumber(rule.due(start));
      notes.push(
        `The ${waited} ${rule.unit === "working" ? "working " : ""}day${waited === 1 ? "" : "s"} the subject took to prove their identity (to ${isoDate(verified)}) do not count: ${
          due === restarted ? "the month counted again from verification gives the earlier date" : "the clock resumed with the days already used"
        }.`,
      );
    }
  }

  // Pauses: the days on which the clock did not run are the days after a pause's first day up to and
  // including the day it ended (paused Monday to Wednesday = 2 days; paused and resumed the same day = 0),
  // counting only days after the clock started and each day once however many pauses cover it. Only pauses
  // whose reason the regime allows stop the clock (clockStopsFor); the others are named and ignored.
  const pauses: DeadlinePause[] = input.pauses ?? [];
  // Days up to verification were already taken out above, where the identity wait is not counted.
  const floor = identityPaused ? dayNumber(toZonedDate(input.verifiedAt!, timeZone)) : dayNumber(start);
  const pauseDays = new Map<number, CalendarDate>();
  let isPaused = false;
  let isClockStopped = false;
  let stoppedFor: PauseReason | undefined;
  const ignored = new Set<string>();
  for (const pause of pauses) {
    requireDate(pause.from, "A pause's start");
    if (pause.to) {
      requireDate(pause.to, "A pause's end");
      if (pause.to < pause.from) throw new DeadlineError("A pause ends before it starts");
    }
    if (pause.reason !== undefined && !(pause.reason in module.pauses)) throw new DeadlineError(`Unknown pause reason ${String(pause.reason)}`);
    const stops = clockStopsFor(input.regime, pause.reason);
    if (!pause.to) {
      isPaused = true;
      if (stops && !isClockStopped) {
        isClockStopped = true;
        stoppedFor = pause.reason;
      }
    }
    if (!stops) {
      ignored.add(pause.reason === undefined ? "Pauses do not stop this clock" : `A pause for ${PAUSE_WORDS[pause.reason]} does not stop this clock`);
      continue;
    }
    const from = toZonedDate(pause.from, timeZone);
    const to = pause.to ? toZonedDate(pause.to, timeZone) : from;
    const first = Math.max(dayNumber(from), floor) + 1;
    for (let n = first; n <= dayNumber(to); n++) {
      const d = addCalendarDays(start, n - dayNumber(start));
      pauseDays.set(n, d);
    }
  }
  for (const sentence of ignored) {
    const why = module.reasonlessPauseStops ? "" : ` (${module.clock.source})`;
    notes.push(`${sentence}${why}.`);
  }
  let pausedDays = 0;
  if (pauseDays.size > 0) {
    const counted = [...pauseDays.values()].filter((d) => rule.unit === "calendar" || work.isWorkingDay(d));
    pausedDays = counted.length;
    if (pausedDays > 0) {
      due = rule.unit === "working" ? work.add(due, pausedDays) : addCalendarDays(due, pausedDays);
      const unitWord = rule.unit === "working" ? "working" : "calendar";
      notes.push(`Moved ${pausedDays} ${unitWord} day${pausedDays === 1 ? "" : "s"} later for time waiting on the subject.`);
    }
  }
  if (isClockStopped) {
    const why = stoppedFor ? ` for ${PAUSE_WORDS[stoppedFor]} (${module.pauses[stoppedFor].why})` : "";
    notes.push(`The request is paused and its clock stopped${why}; the due date will move when it resumes.`);
  }

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

  const acknowledgeText =
    acknowledgeDate && module.acknowledge ? ` Acknowledge by ${isoDate(acknowledgeDate)} (${module.acknowledge.count} business days).` : "";
  return {
    dueAt: endOfZonedDay(dueDate, timeZone),
    dueDate: isoDate(dueDate),
    ...(acknowledgeDate ? { acknowledgeBy: endOfZonedDay(acknowledgeDate, timeZone) } : {}),
    explanation: [
      `Due ${isoDate(dueDate)}: ${rule.label} after ${startWord}${module.citation ? ` (${module.citation})` : ""}, counted from ${isoDate(start)}, ending at midnight (${timeZone}).${acknowledgeText}`,
      ...notes,
    ].join(" "),
    clockStartedAt,
    pausedDays: pausedDays + identityDays,
    isPaused,
    isClockStopped,
    ...(stoppedFor ? { stoppedFor } : {}),
    isBeyondHolidayData: work.isBeyondHolidayData,
  };
}
