// New Zealand national public holidays, 2025–2030 (regional anniversary days are not national and are left out).
//
// Source: Holidays Act 2003 ss 44–45A (Mondayisation of Waitangi Day and ANZAC Day since 2014/2015; New Year
// and Christmas pairs moved to the following weekdays), Te Kīngitanga Matariki Public Holiday Act 2022
// Schedule 1 (Matariki dates 2025: 20 Jun, 2026: 10 Jul, 2027: 25 Jun, 2028: 14 Jul, 2029: 6 Jul,
// 2030: 21 Jun); checked against https://www.employment.govt.nz/leave-and-holidays/public-holidays/public-holidays-and-anniversary-dates/
// The Privacy Act 2020 s 7 "working day" also excludes 25 December – 15 January; that period is a rule in
// the engine, not data here.
import type { HolidayCalendar } from "./holiday-calendar";

export const NZ_PUBLIC_HOLIDAYS: HolidayCalendar = {
  name: "New Zealand public holidays",
  firstYear: 2025,
  lastYear: 2030,
  dates: {
    2025: [
      "2025-01-01", // Wed New Year's Day
      "2025-01-02", // Thu Day after New Year's Day
      "2025-02-06", // Thu Waitangi Day
      "2025-04-18", // Fri Good Friday
      "2025-04-21", // Mon Easter Monday
      "2025-04-25", // Fri ANZAC Day
      "2025-06-02", // Mon King's Birthday
      "2025-06-20", // Fri Matariki
      "2025-10-27", // Mon Labour Day
      "2025-12-25", // Thu Christmas Day
      "2025-12-26", // Fri Boxing Day
    ],
    2026: [
      "2026-01-01", // Thu New Year's Day
      "2026-01-02", // Fri Day after New Year's Day
      "2026-02-06", // Fri Waitangi Day
      "2026-04-03", // Fri Good Friday
      "2026-04-06", // Mon Easter Monday
      "2026-04-27", // Mon ANZAC Day (Mondayised)
      "2026-06-01", // Mon King's Birthday
      "2026-07-10", // Fri Matariki
      "2026-10-26", // Mon Labour Day
      "2026-12-25", // Fri Christmas Day
      "2026-12-28", // Mon Boxing Day (Mondayised)
    ],
    2027: [
      "2027-01-01", // Fri New Year's Day
      "2027-01-04", // Mon Day after New Year's Day (Mondayised)
      "2027-02-08", // Mon Waitangi Day (Mondayised)
      "2027-03-26", // Fri Good Friday
      "2027-03-29", // Mon Easter Monday
      "2027-04-26", // Mon ANZAC Day (Mondayised)
      "2027-06-07", // Mon King's Birthday
      "2027-06-25", // Fri Matariki
      "2027-10-25", // Mon Labour Day
      "2027-12-27", // Mon Christmas Day (Mondayised)
      "2027-12-28", // Tue Boxing Day (Mondayised)
    ],
    2028: [
      "2028-01-03", // Mon New Year's Day (Mondayised)
      "2028-01-04", // Tue Day after New Year's Day (Mondayised)
      "2028-02-07", // Mon Waitangi Day (Mondayised)
      "2028-04-14", // Fri Good Friday
      "2028-04-17", // Mon Easter Monday
      "2028-04-25", // Tue ANZAC Day
      "2028-06-05", // Mon King's Birthday
      "2028-07-14", // Fri Matariki
      "2028-10-23", // Mon Labour Day
      "2028-12-25", // Mon Christmas Day
      "2028-12-26", // Tue Boxing Day
    ],
    2029: [
      "2029-01-01", // Mon New Year's Day
      "2029-01-02", // Tue Day after New Year's Day
      "2029-02-06", // Tue Waitangi Day
      "2029-03-30", // Fri Good Friday
      "2029-04-02", // Mon Easter Monday
      "2029-04-25", // Wed ANZAC Day
      "2029-06-04", // Mon King's Birthday
      "2029-07-06", // Fri Matariki
      "2029-10-22", // Mon Labour Day
      "2029-12-25", // Tue Christmas Day
      "2029-12-26", // Wed Boxing Day
    ],
    2030: [
      "2030-01-01", // Tue New Year's Day
      "2030-01-02", // Wed Day after New Year's Day
      "2030-02-06", // Wed Waitangi Day
      "2030-04-19", // Fri Good Friday
      "2030-04-22", // Mon Easter Monday
      "2030-04-25", // Thu ANZAC Day
      "2030-06-03", // Mon King's Birthday
      "2030-06-21", // Fri Matariki
      "2030-10-28", // Mon Labour Day
      "2030-12-25", // Wed Christmas Day
      "2030-12-26", // Thu Boxing Day
    ],
  },
};
