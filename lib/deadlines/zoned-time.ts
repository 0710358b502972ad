// Calendar arithmetic in an IANA time zone with nothing but Intl, so that "the end of the day in the
// organization's time zone" is right on both sides of a daylight-saving change.

export type CalendarDate = { year: number; month: number; day: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

// formatToParts is slow, and the same instants come back again and again (a sweep asks for today, and for
// due dates that are the ends of a few days, once per reminder): the last few thousand answers are kept.
const MAX_REMEMBERED = 5000;
const remembered = new Map<string, Parts>();

function parts(instant: Date, timeZone: string): Parts {
  const key = `${timeZone} ${instant.getTime()}`;
  const known = remembered.get(key);
  if (known) return { ...known };
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== "literal") out[p.type] = Number(p.value);
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(key, out as Parts);
  return { ...(out as Parts) };
}

/** The calendar date an instant falls on in `timeZone`. */
export function toZonedDate(instant: Date, timeZone: string): CalendarDate {
  const { year, month, day } = parts(instant, timeZone);
  return { year, month, day };
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds. */
function offsetAt(instant: Date, timeZone: string): number {
  const p = parts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a wall-clock time occurs in `timeZone`. */
export function fromZonedTime(date: CalendarDate, hour: number, minute: number, second: number, ms: number, timeZone: string): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute, second, ms);
  let guess = wall - offsetAt(new Date(wall), timeZone);
  // A second pass settles instants near a DST change, where the first guess used the other offset.
  guess = wall - offsetAt(new Date(guess), timeZone);
  return new Date(guess);
}

/** The last millisecond of `date` in `timeZone`. */
export function endOfZonedDay(date: CalendarDate, timeZone: string): Date {
  return fromZonedTime(date, 23, 59, 59, 999, timeZone);
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The first millisecond of `date` in `timeZone`. */
export function startOfZonedDay(date: CalendarDate, timeZone: string): Date {
  return new Date(endOfZonedDay(addCalendarDays(date, -1), timeZone).getTime() + 1);
}

/** YYYY-MM-DD. */
export function formatIsoDate(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** The CalendarDate of a YYYY-MM-DD string. */
export function parseIsoDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not a YYYY-MM-DD date: "${iso}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}
