// Bank holidays in England and Wales, 2025–2030, as the days on which offices are closed.
//
// Source: Banking and Financial Dealings Act 1971, Sch. 1 (Easter Monday, last Monday in May, last Monday in
// August, 26 December if not a Sunday, 27 December when 25 or 26 December is a Sunday) and the annual Royal
// Proclamations for New Year's Day, Good Friday, Christmas Day, the early May bank holiday and substitute
// days; checked against https://www.gov.uk/bank-holidays (2025–2027 published there at the time of writing;
// 2028–2030 follow the same rules and must be rechecked when proclaimed).
// A holiday on a Saturday or Sunday is replaced by the next weekday that is not already a holiday.
import type { HolidayCalendar } from "./holiday-calendar";

export const UK_BANK_HOLIDAYS: HolidayCalendar = {
  name: "UK (England and Wales) bank holidays",
  firstYear: 2025,
  lastYear: 2030,
  dates: {
    2025: [
      "2025-01-01", // Wed New Year's Day
      "2025-04-18", // Fri Good Friday
      "2025-04-21", // Mon Easter Monday
      "2025-05-05", // Mon Early May bank holiday
      "2025-05-26", // Mon Spring bank holiday
      "2025-08-25", // Mon Summer bank holiday
      "2025-12-25", // Thu Christmas Day
      "2025-12-26", // Fri Boxing Day
    ],
    2026: [
      "2026-01-01", // Thu New Year's Day
      "2026-04-03", // Fri Good Friday
      "2026-04-06", // Mon Easter Monday
      "2026-05-04", // Mon Early May bank holiday
      "2026-05-25", // Mon Spring bank holiday
      "2026-08-31", // Mon Summer bank holiday
      "2026-12-25", // Fri Christmas Day
      "2026-12-28", // Mon Boxing Day (substitute day)
    ],
    2027: [
      "2027-01-01", // Fri New Year's Day
      "2027-03-26", // Fri Good Friday
      "2027-03-29", // Mon Easter Monday
      "2027-05-03", // Mon Early May bank holiday
      "2027-05-31", // Mon Spring bank holiday
      "2027-08-30", // Mon Summer bank holiday
      "2027-12-27", // Mon Christmas Day (substitute day)
      "2027-12-28", // Tue Boxing Day (substitute day)
    ],
    2028: [
      "2028-01-03", // Mon New Year's Day (substitute day)
      "2028-04-14", // Fri Good Friday
      "2028-04-17", // Mon Easter Monday
      "2028-05-01", // Mon Early May bank holiday
      "2028-05-29", // Mon Spring bank holiday
      "2028-08-28", // Mon Summer bank holiday
      "2028-12-25", // Mon Christmas Day
      "2028-12-26", // Tue Boxing Day
    ],
    2029: [
      "2029-01-01", // Mon New Year's Day
      "2029-03-30", // Fri Good Friday
      "2029-04-02", // Mon Easter Monday
      "2029-05-07", // Mon Early May bank holiday
      "2029-05-28", // Mon Spring bank holiday
      "2029-08-27", // Mon Summer bank holiday
      "2029-12-25", // Tue Christmas Day
      "2029-12-26", // Wed Boxing Day
    ],
    2030: [
      "2030-01-01", // Tue New Year's Day
      "2030-04-19", // Fri Good Friday
      "2030-04-22", // Mon Easter Monday
      "2030-05-06", // Mon Early May bank holiday
      "2030-05-27", // Mon Spring bank holiday
      "2030-08-26", // Mon Summer bank holiday
      "2030-12-25", // Wed Christmas Day
      "2030-12-26", // Thu Boxing Day
    ],
  },
};
