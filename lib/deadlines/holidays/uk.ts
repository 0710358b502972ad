// UK bank holidays, 2025–2030, for each of the three holiday regions, as the days on which offices are closed.
// An organization chooses its region; a UK request's due date that lands on one of its days moves to the next
// working day (ICO). Each list was worked out from the rules below and checked day by day against the others.
//
// Sources, all regions: Banking and Financial Dealings Act 1971 s 1 and Sch. 1, and the Royal Proclamations
// made under s 1(2)–(3) each year (New Year's Day in England, Wales and Northern Ireland, the early May and
// spring bank holidays, Boxing Day in Scotland, the Battle of the Boyne, and substitute days); the UK
// government's published list for each nation, https://www.gov.uk/bank-holidays (and its data,
// https://www.gov.uk/bank-holidays.json, keys "england-and-wales", "scotland", "northern-ireland"). gov.uk
// publishes about two years ahead: later years here follow the same rules and must be rechecked when proclaimed.
// Substitute days: a holiday on a Saturday or Sunday is replaced by the next weekday that is not already a
// holiday (so Christmas on a Saturday and Boxing Day on a Sunday give Monday and Tuesday).
// - England and Wales (Sch. 1 para 1 and proclamations): New Year's Day, Good Friday, Easter Monday, first
//   Monday in May, last Monday in May, last Monday in August, Christmas Day, Boxing Day.
// - Scotland (Sch. 1 para 2, as amended by the St Andrew's Day Bank Holiday (Scotland) Act 2007, and
//   proclamations): New Year's Day, 2 January, Good Friday, first Monday in May, last Monday in May (spring),
//   FIRST Monday in August (summer), St Andrew's Day 30 November (on a Saturday or Sunday, the next Monday),
//   Christmas Day, Boxing Day. No Easter Monday.
// - Northern Ireland (Sch. 1 para 3 and proclamations): the England and Wales days plus St Patrick's Day,
//   17 March, and the Battle of the Boyne (Orangemen's Day), 12 July, each with a substitute weekday.
// One-off days: none has been proclaimed for 2025–2030 at the time of writing (the last were the State Funeral,
// 19 Sep 2022, and the Coronation, 8 May 2023). Add one here, in every region it covers, when proclaimed.
import type { HolidayCalendar } from "./holiday-calendar";

/** The UK's three bank-holiday regions; an organization chooses one for its UK requests. */
export const UK_REGIONS = ["ENGLAND_WALES", "SCOTLAND", "NORTHERN_IRELAND"] as const;
export type UkRegion = (typeof UK_REGIONS)[number];

/** England and Wales; also `UK_BANK_HOLIDAYS_BY_REGION.ENGLAND_WALES`. */
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

export const UK_SCOTLAND_BANK_HOLIDAYS: HolidayCalendar = {
  name: "UK (Scotland) bank holidays",
  firstYear: 2025,
  lastYear: 2030,
  dates: {
    2025: [
      "2025-01-01", // Wed New Year's Day
      "2025-01-02", // Thu 2nd January
      "2025-04-18", // Fri Good Friday
      "2025-05-05", // Mon Early May bank holiday
      "2025-05-26", // Mon Spring bank holiday
      "2025-08-04", // Mon Summer bank holiday (first Monday in August)
      "2025-12-01", // Mon St Andrew's Day (substitute day; 30 Nov is a Sunday)
      "2025-12-25", // Thu Christmas Day
      "2025-12-26", // Fri Boxing Day
    ],
    2026: [
      "2026-01-01", // Thu New Year's Day
      "2026-01-02", // Fri 2nd January
      "2026-04-03", // Fri Good Friday
      "2026-05-04", // Mon Early May bank holiday
      "2026-05-25", // Mon Spring bank holiday
      "2026-08-03", // Mon Summer bank holiday
      "2026-11-30", // Mon St Andrew's Day
      "2026-12-25", // Fri Christmas Day
      "2026-12-28", // Mon Boxing Day (substitute day)
    ],
    2027: [
      "2027-01-01", // Fri New Year's Day
      "2027-01-04", // Mon 2nd January (substitute day; 2 Jan is a Saturday)
      "2027-03-26", // Fri Good Friday
      "2027-05-03", // Mon Early May bank holiday
      "2027-05-31", // Mon Spring bank holiday
      "2027-08-02", // Mon Summer bank holiday
      "2027-11-30", // Tue St Andrew's Day
      "2027-12-27", // Mon Christmas Day (substitute day)
      "2027-12-28", // Tue Boxing Day (substitute day)
    ],
    2028: [
      "2028-01-03", // Mon New Year's Day (substitute day; 1 Jan is a Saturday)
      "2028-01-04", // Tue 2nd January (substitute day; 2 Jan is a Sunday)
      "2028-04-14", // Fri Good Friday
      "2028-05-01", // Mon Early May bank holiday
      "2028-05-29", // Mon Spring bank holiday
      "2028-08-07", // Mon Summer bank holiday
      "2028-11-30", // Thu St Andrew's Day
      "2028-12-25", // Mon Christmas Day
      "2028-12-26", // Tue Boxing Day
    ],
    2029: [
      "2029-01-01", // Mon New Year's Day
      "2029-01-02", // Tue 2nd January
      "2029-03-30", // Fri Good Friday
      "2029-05-07", // Mon Early May bank holiday
      "2029-05-28", // Mon Spring bank holiday
      "2029-08-06", // Mon Summer bank holiday
      "2029-11-30", // Fri St Andrew's Day
      "2029-12-25", // Tue Christmas Day
      "2029-12-26", // Wed Boxing Day
    ],
    2030: [
      "2030-01-01", // Tue New Year's Day
      "2030-01-02", // Wed 2nd January
      "2030-04-19", // Fri Good Friday
      "2030-05-06", // Mon Early May bank holiday
      "2030-05-27", // Mon Spring bank holiday
      "2030-08-05", // Mon Summer bank holiday
      "2030-12-02", // Mon St Andrew's Day (substitute day; 30 Nov is a Saturday)
      "2030-12-25", // Wed Christmas Day
      "2030-12-26", // Thu Boxing Day
    ],
  },
};

export const UK_NORTHERN_IRELAND_BANK_HOLIDAYS: HolidayCalendar = {
  name: "UK (Northern Ireland) bank holidays",
  firstYear: 2025,
  lastYear: 2030,
  dates: {
    2025: [
      "2025-01-01", // Wed New Year's Day
      "2025-03-17", // Mon St Patrick's Day
      "2025-04-18", // Fri Good Friday
      "2025-04-21", // Mon Easter Monday
      "2025-05-05", // Mon Early May bank holiday
      "2025-05-26", // Mon Spring bank holiday
      "2025-07-14", // Mon Battle of the Boyne (substitute day; 12 Jul is a Saturday)
      "2025-08-25", // Mon Summer bank holiday
      "2025-12-25", // Thu Christmas Day
      "2025-12-26", // Fri Boxing Day
    ],
    2026: [
      "2026-01-01", // Thu New Year's Day
      "2026-03-17", // Tue St Patrick's Day
      "2026-04-03", // Fri Good Friday
      "2026-04-06", // Mon Easter Monday
      "2026-05-04", // Mon Early May bank holiday
      "2026-05-25", // Mon Spring bank holiday
      "2026-07-13", // Mon Battle of the Boyne (substitute day; 12 Jul is a Sunday)
      "2026-08-31", // Mon Summer bank holiday
      "2026-12-25", // Fri Christmas Day
      "2026-12-28", // Mon Boxing Day (substitute day)
    ],
    2027: [
      "2027-01-01", // Fri New Year's Day
      "2027-03-17", // Wed St Patrick's Day
      "2027-03-26", // Fri Good Friday
      "2027-03-29", // Mon Easter Monday
      "2027-05-03", // Mon Early May bank holiday
      "2027-05-31", // Mon Spring bank holiday
      "2027-07-12", // Mon Battle of the Boyne
      "2027-08-30", // Mon Summer bank holiday
      "2027-12-27", // Mon Christmas Day (substitute day)
      "2027-12-28", // Tue Boxing Day (substitute day)
    ],
    2028: [
      "2028-01-03", // Mon New Year's Day (substitute day)
      "2028-03-17", // Fri St Patrick's Day
      "2028-04-14", // Fri Good Friday
      "2028-04-17", // Mon Easter Monday
      "2028-05-01", // Mon Early May bank holiday
      "2028-05-29", // Mon Spring bank holiday
      "2028-07-12", // Wed Battle of the Boyne
      "2028-08-28", // Mon Summer bank holiday
      "2028-12-25", // Mon Christmas Day
      "2028-12-26", // Tue Boxing Day
    ],
    2029: [
      "2029-01-01", // Mon New Year's Day
      "2029-03-19", // Mon St Patrick's Day (substitute day; 17 Mar is a Saturday)
      "2029-03-30", // Fri Good Friday
      "2029-04-02", // Mon Easter Monday
      "2029-05-07", // Mon Early May bank holiday
      "2029-05-28", // Mon Spring bank holiday
      "2029-07-12", // Thu Battle of the Boyne
      "2029-08-27", // Mon Summer bank holiday
      "2029-12-25", // Tue Christmas Day
      "2029-12-26", // Wed Boxing Day
    ],
    2030: [
      "2030-01-01", // Tue New Year's Day
      "2030-03-18", // Mon St Patrick's Day (substitute day; 17 Mar is a Sunday)
      "2030-04-19", // Fri Good Friday
      "2030-04-22", // Mon Easter Monday
      "2030-05-06", // Mon Early May bank holiday
      "2030-05-27", // Mon Spring bank holiday
      "2030-07-12", // Fri Battle of the Boyne
      "2030-08-26", // Mon Summer bank holiday
      "2030-12-25", // Wed Christmas Day
      "2030-12-26", // Thu Boxing Day
    ],
  },
};

export const UK_BANK_HOLIDAYS_BY_REGION: Readonly<Record<UkRegion, HolidayCalendar>> = {
  ENGLAND_WALES: UK_BANK_HOLIDAYS,
  SCOTLAND: UK_SCOTLAND_BANK_HOLIDAYS,
  NORTHERN_IRELAND: UK_NORTHERN_IRELAND_BANK_HOLIDAYS,
};
