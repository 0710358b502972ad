// The shape of a shipped public-holiday list: plain ISO dates per year, so a reviewer can check each one.

export type HolidayCalendar = {
  /** Who observes these days, for explanations ("UK (England and Wales) bank holidays"). */
  name: string;
  firstYear: number;
  lastYear: number;
  /** Every holiday, keyed by the year the day falls in (an observed day may precede its holiday's year). */
  dates: Record<number, readonly string[]>;
};
