// United States federal holidays, 2025–2030, as the days federal offices observe them.
//
// Source: 5 U.S.C. § 6103(a) (the eleven holidays, Juneteenth since 2021) and § 6103(b) with Executive Order
// 11582 (a holiday on a Saturday is observed the Friday before, on a Sunday the Monday after); checked
// against https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/. Inauguration Day (D.C. area
// only) is left out. An observed day can fall in the previous year (New Year's Day 2028 on 31 Dec 2027).
import type { HolidayCalendar } from "./holiday-calendar";

export const US_FEDERAL_HOLIDAYS: HolidayCalendar = {
  name: "US federal holidays",
  firstYear: 2025,
  lastYear: 2030,
  dates: {
    2025: [
      "2025-01-01", // Wed New Year's Day
      "2025-01-20", // Mon Birthday of Martin Luther King, Jr.
      "2025-02-17", // Mon Washington's Birthday
      "2025-05-26", // Mon Memorial Day
      "2025-06-19", // Thu Juneteenth National Independence Day
      "2025-07-04", // Fri Independence Day
      "2025-09-01", // Mon Labor Day
      "2025-10-13", // Mon Columbus Day
      "2025-11-11", // Tue Veterans Day
      "2025-11-27", // Thu Thanksgiving Day
      "2025-12-25", // Thu Christmas Day
    ],
    2026: [
      "2026-01-01", // Thu New Year's Day
      "2026-01-19", // Mon Birthday of Martin Luther King, Jr.
      "2026-02-16", // Mon Washington's Birthday
      "2026-05-25", // Mon Memorial Day
      "2026-06-19", // Fri Juneteenth National Independence Day
      "2026-07-03", // Fri Independence Day
      "2026-09-07", // Mon Labor Day
      "2026-10-12", // Mon Columbus Day
      "2026-11-11", // Wed Veterans Day
      "2026-11-26", // Thu Thanksgiving Day
      "2026-12-25", // Fri Christmas Day
    ],
    2027: [
      "2027-01-01", // Fri New Year's Day
      "2027-01-18", // Mon Birthday of Martin Luther King, Jr.
      "2027-02-15", // Mon Washington's Birthday
      "2027-05-31", // Mon Memorial Day
      "2027-06-18", // Fri Juneteenth National Independence Day (observed; 19 Jun 2027 is a Saturday)
      "2027-07-05", // Mon Independence Day
      "2027-09-06", // Mon Labor Day
      "2027-10-11", // Mon Columbus Day
      "2027-11-11", // Thu Veterans Day
      "2027-11-25", // Thu Thanksgiving Day
      "2027-12-24", // Fri Christmas Day (observed; 25 Dec 2027 is a Saturday)
      "2027-12-31", // Fri New Year's Day 2028 (observed; 1 Jan 2028 is a Saturday)
    ],
    2028: [
      "2028-01-17", // Mon Birthday of Martin Luther King, Jr.
      "2028-02-21", // Mon Washington's Birthday
      "2028-05-29", // Mon Memorial Day
      "2028-06-19", // Mon Juneteenth National Independence Day
      "2028-07-04", // Tue Independence Day
      "2028-09-04", // Mon Labor Day
      "2028-10-09", // Mon Columbus Day
      "2028-11-10", // Fri Veterans Day
      "2028-11-23", // Thu Thanksgiving Day
      "2028-12-25", // Mon Christmas Day
    ],
    2029: [
      "2029-01-01", // Mon New Year's Day
      "2029-01-15", // Mon Birthday of Martin Luther King, Jr.
      "2029-02-19", // Mon Washington's Birthday
      "2029-05-28", // Mon Memorial Day
      "2029-06-19", // Tue Juneteenth National Independence Day
      "2029-07-04", // Wed Independence Day
      "2029-09-03", // Mon Labor Day
      "2029-10-08", // Mon Columbus Day
      "2029-11-12", // Mon Veterans Day
      "2029-11-22", // Thu Thanksgiving Day
      "2029-12-25", // Tue Christmas Day
    ],
    2030: [
      "2030-01-01", // Tue New Year's Day
      "2030-01-21", // Mon Birthday of Martin Luther King, Jr.
      "2030-02-18", // Mon Washington's Birthday
      "2030-05-27", // Mon Memorial Day
      "2030-06-19", // Wed Juneteenth National Independence Day
      "2030-07-04", // Thu Independence Day
      "2030-09-02", // Mon Labor Day
      "2030-10-14", // Mon Columbus Day
      "2030-11-11", // Mon Veterans Day
      "2030-11-28", // Thu Thanksgiving Day
      "2030-12-25", // Wed Christmas Day
    ],
  },
};
