// The shape of a shipped public-holiday list: plain ISO dates per year, so a reviewer can check each one.

export type HolidayCalendar = {
  /** Who observes these days, for explanations ("UK (England and Wales) bank holidays"). */
  name: string;
  firstYear: number;
  lastYear: number;
  /** Every holiday, keyed by the year the day falls in (an observed day may precede its holiday's year). */
  dates: Record<number, readonly string[]>;
};

/**
 * The days off that both calendars give, over the years both cover. Counting business days on it gives a date
 * no later than counting on either calendar alone: a day only one of them lists is counted as a business day.
 */
export function intersectCalendars(a: HolidayCalendar, b: HolidayCalendar): HolidayCalendar {
  const firstYear = Math.max(a.firstYear, b.firstYear);
  const lastYear = Math.min(a.lastYear, b.lastYear);
  const inB = new Set(Object.values(b.dates).flat());
  const dates: Record<number, readonly string[]> = {};
  for (let year = firstYear; year <= lastYear; year++) dates[year] = (a.dates[year] ?? []).filter((date) => inB.has(date));
  return { name: `${a.name} that are also ${b.name}`, firstYear, lastYear, dates };
}
