// California state holidays, 2025–2030, as whole weekdays, and the calendar CCPA business days are counted on.
//
// Source: Cal. Gov. Code §6700(a) as it stands (leginfo.legislature.ca.gov, Government Code §§6700–6730):
// every Sunday; 1 January; third Monday in January (Dr. Martin Luther King, Jr. Day); Lunar New Year (the
// second new moon after the winter solstice, AB 2596 of 2022); 12 February (Lincoln Day); third Monday in
// February; 31 March (Cesar Chavez Day); 24 April (Genocide Remembrance Day, AB 1801 of 2022); last Monday
// in May; 19 June (Juneteenth, AB 1655 of 2022); 4 July; first Monday in September; 9 September (Admission
// Day); fourth Friday in September (Native American Day); second Monday in October (Columbus Day, still in
// the list); 11 November (Veterans Day); 25 December;
// Good Friday from noon to 3 p.m. (not a whole day, so not listed); every day the President or Governor
// appoints for a public fast, thanksgiving or holiday (so Thanksgiving Day, the fourth Thursday in November).
// The day after Thanksgiving is not in §6700's own list: it is a holiday for state employees (Gov. Code
// §19853) and for the courts (Code Civ. Proc. §135), and is listed here as such.
// Observed days: Gov. Code §6701 (not §6700(b), which is about labour agreements): when 1 January,
// 12 February, 31 March, 4 July, 9 September, 11 November or 25 December falls on a Sunday, the Monday after
// is a holiday, and 11 November on a Saturday makes the Friday before one. No other Saturday holiday is
// moved (§6701 lets a county board pick another day for county staff only), so a Saturday holiday gives no
// weekday off here, unlike the federal list, which moves it to the Friday (5 U.S.C. §6103(b)).
// Lunar New Year is given on its usual published date; in 2027 (6 Feb) and 2030 (2/3 Feb) it is a weekend.
// The 2016 text on leginfo lacks the three paragraphs added in 2022 (Lunar New Year, Genocide Remembrance Day,
// Juneteenth); they were checked against a copy of the current text: recheck against leginfo. A day added
// later that only California gives (Diwali was proposed in 2025) cannot change a CCPA date, for the reason below.
// Only weekdays are listed: weekends are never business days anyway.
//
// CCPA business days (the 10 to acknowledge, 11 CCR §7021(a); the 15 to act on an opt-out, §7026(f)): neither
// the CCPA nor its regulations say which holidays a "business day" leaves out. Read as the federal list, or
// read as California's (Civ. Code §7 takes the Civil Code's holidays from the Government Code), the count can
// come out different, and the product must never give a date later than either reading allows. So a weekday
// is a non-business day only when BOTH lists give it off (`CCPA_BUSINESS_DAY_HOLIDAYS`). That excludes from
// the federal list the Fridays observed for a Saturday holiday, which California does not move: 3 Jul 2026,
// 18 Jun 2027, 24 Dec 2027 and 31 Dec 2027 are business days. It excludes every California-only day: Lunar
// New Year, Lincoln Day, Cesar Chavez Day, Genocide Remembrance Day, Admission Day, Native American Day and
// the day after Thanksgiving. Columbus Day and the other federal holidays stay non-business days, as both
// lists give them. (Civ. Code §9 makes every day that is not a §7 holiday a business day, Saturdays included;
// counting Saturdays would give an earlier date still. Like the federal reading we keep weekends as
// non-business days, the usual reading of CCPA's "business days"; this is an open question.)
import { intersectCalendars, type HolidayCalendar } from "./holiday-calendar";
import { US_FEDERAL_HOLIDAYS } from "./us";

export const CA_STATE_HOLIDAYS: HolidayCalendar = {
  name: "California state holidays",
  firstYear: 2025,
  lastYear: 2030,
  dates: {
    2025: [
      "2025-01-01", // Wed New Year's Day
      "2025-01-20", // Mon Dr. Martin Luther King, Jr. Day
      "2025-01-29", // Wed Lunar New Year
      "2025-02-12", // Wed Lincoln Day
      "2025-02-17", // Mon third Monday in February
      "2025-03-31", // Mon Cesar Chavez Day
      "2025-04-24", // Thu Genocide Remembrance Day
      "2025-05-26", // Mon last Monday in May
      "2025-06-19", // Thu Juneteenth
      "2025-07-04", // Fri Independence Day
      "2025-09-01", // Mon first Monday in September
      "2025-09-09", // Tue Admission Day
      "2025-09-26", // Fri Native American Day
      "2025-10-13", // Mon Columbus Day
      "2025-11-11", // Tue Veterans Day
      "2025-11-27", // Thu Thanksgiving Day
      "2025-11-28", // Fri day after Thanksgiving
      "2025-12-25", // Thu Christmas Day
    ],
    2026: [
      "2026-01-01", // Thu New Year's Day
      "2026-01-19", // Mon Dr. Martin Luther King, Jr. Day
      "2026-02-12", // Thu Lincoln Day
      "2026-02-16", // Mon third Monday in February
      "2026-02-17", // Tue Lunar New Year
      "2026-03-31", // Tue Cesar Chavez Day
      "2026-04-24", // Fri Genocide Remembrance Day
      "2026-05-25", // Mon last Monday in May
      "2026-06-19", // Fri Juneteenth
      // 4 July is a Saturday: not moved.
      "2026-09-07", // Mon first Monday in September
      "2026-09-09", // Wed Admission Day
      "2026-09-25", // Fri Native American Day
      "2026-10-12", // Mon Columbus Day
      "2026-11-11", // Wed Veterans Day
      "2026-11-26", // Thu Thanksgiving Day
      "2026-11-27", // Fri day after Thanksgiving
      "2026-12-25", // Fri Christmas Day
    ],
    2027: [
      "2027-01-01", // Fri New Year's Day
      "2027-01-18", // Mon Dr. Martin Luther King, Jr. Day
      "2027-02-12", // Fri Lincoln Day
      "2027-02-15", // Mon third Monday in February
      "2027-03-31", // Wed Cesar Chavez Day
      // Lunar New Year (6 Feb), Genocide Remembrance Day and Juneteenth are Saturdays: not moved.
      "2027-05-31", // Mon last Monday in May
      "2027-07-05", // Mon Independence Day (4 July is a Sunday, §6701)
      "2027-09-06", // Mon first Monday in September
      "2027-09-09", // Thu Admission Day
      "2027-09-24", // Fri Native American Day
      "2027-10-11", // Mon Columbus Day
      "2027-11-11", // Thu Veterans Day
      "2027-11-25", // Thu Thanksgiving Day
      "2027-11-26", // Fri day after Thanksgiving
      // 25 December 2027 and 1 January 2028 are Saturdays: not moved (no 24 or 31 Dec as federally).
    ],
    2028: [
      "2028-01-17", // Mon Dr. Martin Luther King, Jr. Day
      "2028-01-26", // Wed Lunar New Year
      // Lincoln Day (12 Feb) is a Saturday: not moved.
      "2028-02-21", // Mon third Monday in February
      "2028-03-31", // Fri Cesar Chavez Day
      "2028-04-24", // Mon Genocide Remembrance Day
      "2028-05-29", // Mon last Monday in May
      "2028-06-19", // Mon Juneteenth
      "2028-07-04", // Tue Independence Day
      "2028-09-04", // Mon first Monday in September
      // Admission Day (9 Sep) is a Saturday: not moved.
      "2028-09-22", // Fri Native American Day
      "2028-10-09", // Mon Columbus Day
      "2028-11-10", // Fri Veterans Day (11 November is a Saturday, §6701)
      "2028-11-23", // Thu Thanksgiving Day
      "2028-11-24", // Fri day after Thanksgiving
      "2028-12-25", // Mon Christmas Day
    ],
    2029: [
      "2029-01-01", // Mon New Year's Day
      "2029-01-15", // Mon Dr. Martin Luther King, Jr. Day
      "2029-02-12", // Mon Lincoln Day
      "2029-02-13", // Tue Lunar New Year
      "2029-02-19", // Mon third Monday in February
      // Cesar Chavez Day (31 Mar) is a Saturday: not moved.
      "2029-04-24", // Tue Genocide Remembrance Day
      "2029-05-28", // Mon last Monday in May
      "2029-06-19", // Tue Juneteenth
      "2029-07-04", // Wed Independence Day
      "2029-09-03", // Mon first Monday in September
      "2029-09-10", // Mon Admission Day (9 September is a Sunday, §6701)
      "2029-09-28", // Fri Native American Day
      "2029-10-08", // Mon Columbus Day
      "2029-11-12", // Mon Veterans Day (11 November is a Sunday, §6701)
      "2029-11-22", // Thu Thanksgiving Day
      "2029-11-23", // Fri day after Thanksgiving
      "2029-12-25", // Tue Christmas Day
    ],
    2030: [
      "2030-01-01", // Tue New Year's Day
      "2030-01-21", // Mon Dr. Martin Luther King, Jr. Day
      // Lunar New Year falls on the weekend of 2/3 Feb.
      "2030-02-12", // Tue Lincoln Day
      "2030-02-18", // Mon third Monday in February
      "2030-04-01", // Mon Cesar Chavez Day (31 March is a Sunday, §6701)
      "2030-04-24", // Wed Genocide Remembrance Day
      "2030-05-27", // Mon last Monday in May
      "2030-06-19", // Wed Juneteenth
      "2030-07-04", // Thu Independence Day
      "2030-09-02", // Mon first Monday in September
      "2030-09-09", // Mon Admission Day
      "2030-09-27", // Fri Native American Day
      "2030-10-14", // Mon Columbus Day
      "2030-11-11", // Mon Veterans Day
      "2030-11-28", // Thu Thanksgiving Day
      "2030-11-29", // Fri day after Thanksgiving
      "2030-12-25", // Wed Christmas Day
    ],
  },
};

/** The weekdays CCPA business days leave out: those off under both the federal and the California list. */
export const CCPA_BUSINESS_DAY_HOLIDAYS: HolidayCalendar = intersectCalendars(US_FEDERAL_HOLIDAYS, CA_STATE_HOLIDAYS);
