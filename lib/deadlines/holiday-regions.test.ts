import { describe, expect, it } from "vitest";
import { intersectCalendars, type HolidayCalendar } from "./holidays/holiday-calendar";
import { UK_BANK_HOLIDAYS, UK_BANK_HOLIDAYS_BY_REGION } from "./holidays/uk";
import { US_FEDERAL_HOLIDAYS } from "./holidays/us";
import { CA_STATE_HOLIDAYS, CCPA_BUSINESS_DAY_HOLIDAYS } from "./holidays/us-ca";
import { computeDeadline, DeadlineError, UK_REGIONS } from "./index";
import type { DeadlineInput, UkRegion } from "./index";

// Every expected date below was worked out by hand from the rules quoted in holidays/uk.ts and holidays/us-ca.ts
// (a paper calendar for weekdays; Easter Sundays 20 Apr 2025, 5 Apr 2026, 28 Mar 2027, 16 Apr 2028, 1 Apr 2029,
// 21 Apr 2030), never by running the code.
const noon = (date: string) => new Date(`${date}T12:00:00Z`);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

// Month-day of each bank holiday, per region and year.
const UK_BY_HAND: Record<UkRegion, Record<number, string>> = {
  ENGLAND_WALES: {
    2025: "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
    2026: "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
    2027: "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
    2028: "01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
    2029: "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
    2030: "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
  },
  // 2 January (substitute Mon 4 Jan 2027; 2028: Sat 1 and Sun 2 Jan → Mon 3 and Tue 4), no Easter Monday,
  // summer = first Monday in August, St Andrew's Day 30 Nov (Sun 2025 → Mon 1 Dec; Sat 2030 → Mon 2 Dec).
  SCOTLAND: {
    2025: "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26",
    2026: "01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28",
    2027: "01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28",
    2028: "01-03 01-04 04-14 05-01 05-29 08-07 11-30 12-25 12-26",
    2029: "01-01 01-02 03-30 05-07 05-28 08-06 11-30 12-25 12-26",
    2030: "01-01 01-02 04-19 05-06 05-27 08-05 12-02 12-25 12-26",
  },
  // England and Wales plus St Patrick's Day (Sat 2029 → Mon 19 Mar; Sun 2030 → Mon 18 Mar) and the Battle of
  // the Boyne (Sat 2025 → Mon 14 Jul; Sun 2026 → Mon 13 Jul).
  NORTHERN_IRELAND: {
    2025: "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26",
    2026: "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28",
    2027: "01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28",
    2028: "01-03 03-17 04-14 04-17 05-01 05-29 07-12 08-28 12-25 12-26",
    2029: "01-01 03-19 03-30 04-02 05-07 05-28 07-12 08-27 12-25 12-26",
    2030: "01-01 03-18 04-19 04-22 05-06 05-27 07-12 08-26 12-25 12-26",
  },
};

describe("UK bank holidays by region", () => {
  it("offers the three regions, England and Wales being the list UK requests always used", () => {
    expect(UK_REGIONS).toEqual(["ENGLAND_WALES", "SCOTLAND", "NORTHERN_IRELAND"]);
    expect(UK_BANK_HOLIDAYS_BY_REGION.ENGLAND_WALES).toBe(UK_BANK_HOLIDAYS);
  });

  for (const region of UK_REGIONS) {
    it.each([2025, 2026, 2027, 2028, 2029, 2030])(`${region} %i matches the hand-worked list, every day a weekday`, (year) => {
      const expected = UK_BY_HAND[region][year]!.split(" ").map((monthDay) => `${year}-${monthDay}`);
      const calendar = UK_BANK_HOLIDAYS_BY_REGION[region];
      expect(calendar.dates[year]).toEqual(expected);
      for (const date of expected) expect([0, 6]).not.toContain(weekday(date));
      expect([calendar.firstYear, calendar.lastYear]).toEqual([2025, 2030]);
    });
  }
});

// ICO: the due date is the same date next month; on a weekend or bank holiday, the next working day.
describe("computeDeadline: a UK due date moves on the organization's region's bank holidays", () => {
  const uk = (received: string, holidayRegion?: UkRegion, rest: Partial<DeadlineInput> = {}): DeadlineInput => ({
    regime: "UK",
    receivedAt: noon(received),
    verifiedAt: noon(received),
    timeZone: "Europe/London",
    ...(holidayRegion ? { holidayRegion } : {}),
    ...rest,
  });

  it.each<[string, DeadlineInput, string]>([
    ["Scotland: 2 Dec 2025 → Fri 2 Jan 2026, the 2nd January holiday; Sat, Sun → Mon 5 Jan", uk("2025-12-02", "SCOTLAND"), "2026-01-05"],
    ["England and Wales: 2 Dec 2025 → Fri 2 Jan 2026, a working day", uk("2025-12-02", "ENGLAND_WALES"), "2026-01-02"],
    ["no region given is England and Wales: → Fri 2 Jan 2026", uk("2025-12-02"), "2026-01-02"],
    ["Scotland: 30 Oct 2026 → Mon 30 Nov, St Andrew's Day → Tue 1 Dec", uk("2026-10-30", "SCOTLAND"), "2026-12-01"],
    ["England and Wales: 30 Oct 2026 → Mon 30 Nov", uk("2026-10-30", "ENGLAND_WALES"), "2026-11-30"],
    ["Scotland: 1 Nov 2025 → Mon 1 Dec, St Andrew's Day substitute (30 Nov a Sunday) → Tue 2 Dec", uk("2025-11-01", "SCOTLAND"), "2025-12-02"],
    ["Scotland: 3 Jul 2026 → Mon 3 Aug, the Scottish summer bank holiday → Tue 4 Aug", uk("2026-07-03", "SCOTLAND"), "2026-08-04"],
    ["England and Wales: 3 Jul 2026 → Mon 3 Aug, a working day there", uk("2026-07-03", "ENGLAND_WALES"), "2026-08-03"],
    ["Scotland has no Easter Monday: 6 Mar 2026 → Mon 6 Apr 2026 stays", uk("2026-03-06", "SCOTLAND"), "2026-04-06"],
    ["England and Wales: 6 Mar 2026 → Easter Monday 6 Apr → Tue 7 Apr", uk("2026-03-06", "ENGLAND_WALES"), "2026-04-07"],
    ["Northern Ireland keeps Easter Monday: 6 Mar 2026 → Tue 7 Apr", uk("2026-03-06", "NORTHERN_IRELAND"), "2026-04-07"],
    ["Scotland: 3 Dec 2027 → Mon 3 Jan 2028; 3 and 4 Jan are holidays → Wed 5 Jan", uk("2027-12-03", "SCOTLAND"), "2028-01-05"],
    ["England and Wales: 3 Dec 2027 → Mon 3 Jan 2028, New Year substitute → Tue 4 Jan", uk("2027-12-03", "ENGLAND_WALES"), "2028-01-04"],
    ["Northern Ireland: 17 Feb 2026 → Tue 17 Mar, St Patrick's Day → Wed 18 Mar", uk("2026-02-17", "NORTHERN_IRELAND"), "2026-03-18"],
    ["England and Wales: 17 Feb 2026 → Tue 17 Mar", uk("2026-02-17", "ENGLAND_WALES"), "2026-03-17"],
    ["Northern Ireland: 19 Feb 2029 → Mon 19 Mar, St Patrick's substitute (17th a Saturday) → Tue 20 Mar", uk("2029-02-19", "NORTHERN_IRELAND"), "2029-03-20"],
    ["Northern Ireland: 13 Jun 2026 → Mon 13 Jul, Boyne substitute (12th a Sunday) → Tue 14 Jul", uk("2026-06-13", "NORTHERN_IRELAND"), "2026-07-14"],
    ["Northern Ireland: 12 Jun 2030 → Fri 12 Jul, the Boyne; Sat, Sun → Mon 15 Jul", uk("2030-06-12", "NORTHERN_IRELAND"), "2030-07-15"],
    ["England and Wales: 12 Jun 2030 → Fri 12 Jul", uk("2030-06-12", "ENGLAND_WALES"), "2030-07-12"],
    // 30 Sep 2026 → Fri 30 Oct; +1 month from it = Mon 30 Nov, St Andrew's Day in Scotland → Tue 1 Dec.
    ["Scotland, extended one month: 30 Sep 2026 → 30 Oct → 30 Nov, St Andrew's Day → Tue 1 Dec", uk("2026-09-30", "SCOTLAND", { extension: { grantedAt: noon("2026-10-10"), months: 1 } }), "2026-12-01"],
  ])("%s", (_why, input, dueDate) => {
    expect(computeDeadline(input).dueDate).toBe(dueDate);
  });

  it("refuses a region it does not know rather than counting without holidays", () => {
    const input = uk("2025-12-02", "WALES" as UkRegion);
    expect(() => computeDeadline(input)).toThrow(DeadlineError);
    expect(() => computeDeadline(input)).toThrow(/Unknown UK holiday region "WALES"/);
    expect(() => computeDeadline(uk("2025-12-02", "toString" as UkRegion))).toThrow(DeadlineError);
  });

  it("leaves other regimes alone: a GDPR date does not move for a Scottish holiday", () => {
    // 2 Dec 2025 + one month = 2 Jan 2026 under GDPR, whatever the region.
    const input: DeadlineInput = { regime: "GDPR", receivedAt: noon("2025-12-02"), timeZone: "Europe/London", holidayRegion: "SCOTLAND" };
    expect(computeDeadline(input).dueDate).toBe("2026-01-02");
  });
});

describe("California state holidays (Gov. Code §§6700–6701)", () => {
  const has = (calendar: HolidayCalendar, date: string) => calendar.dates[Number(date.slice(0, 4))]?.includes(date) ?? false;

  it.each<[string, string, boolean]>([
    ["Cesar Chavez Day, Tue 31 Mar 2026", "2026-03-31", true],
    ["Cesar Chavez Day 2030: 31 Mar is a Sunday → Mon 1 Apr (§6701)", "2030-04-01", true],
    ["Cesar Chavez Day 2029: 31 Mar is a Saturday, not moved to Fri 30 Mar", "2029-03-30", false],
    ["Native American Day, fourth Friday of September 2026", "2026-09-25", true],
    ["Native American Day 2028: Fridays 1, 8, 15, 22 → 22 Sep", "2028-09-22", true],
    ["day after Thanksgiving 2026", "2026-11-27", true],
    ["Columbus Day is still in §6700(a): Mon 12 Oct 2026", "2026-10-12", true],
    ["4 Jul 2026 is a Saturday: California does not move it to Fri 3 Jul", "2026-07-03", false],
    ["25 Dec 2027 is a Saturday: no Fri 24 Dec", "2027-12-24", false],
    ["1 Jan 2028 is a Saturday: no Fri 31 Dec 2027", "2027-12-31", false],
    ["Juneteenth 2027 is a Saturday: no Fri 18 Jun", "2027-06-18", false],
    ["Veterans Day 2028 is a Saturday → Fri 10 Nov (§6701)", "2028-11-10", true],
    ["Admission Day 2029 is a Sunday → Mon 10 Sep (§6701)", "2029-09-10", true],
  ])("%s", (_why, date, expected) => {
    expect(has(CA_STATE_HOLIDAYS, date)).toBe(expected);
  });

  it("lists weekdays only, sorted, inside each year 2025–2030", () => {
    for (let year = 2025; year <= 2030; year++) {
      const dates = CA_STATE_HOLIDAYS.dates[year]!;
      expect([...dates].sort()).toEqual(dates);
      for (const date of dates) {
        expect(date.startsWith(String(year))).toBe(true);
        expect([0, 6]).not.toContain(weekday(date));
      }
    }
  });
});

describe("intersectCalendars", () => {
  const a: HolidayCalendar = { name: "A", firstYear: 2025, lastYear: 2027, dates: { 2025: ["2025-01-01", "2025-02-03"], 2026: ["2026-12-31"], 2027: ["2027-05-05"] } };
  const b: HolidayCalendar = { name: "B", firstYear: 2026, lastYear: 2028, dates: { 2026: ["2026-03-03"], 2027: ["2026-12-31", "2027-05-05"], 2028: ["2028-01-01"] } };

  it("keeps the days both list, over the years both cover", () => {
    expect(intersectCalendars(a, b)).toEqual({
      name: "A that are also B",
      firstYear: 2026,
      lastYear: 2027,
      // 2026-12-31 is filed under 2027 in B (an observed day before its holiday's year) and still matches.
      dates: { 2026: ["2026-12-31"], 2027: ["2027-05-05"] },
    });
  });

  it("leaves CCPA exactly the federal holidays California also gives off", () => {
    // The federal Fridays observed for a Saturday holiday, which California does not move, are business days.
    const federalOnly = Object.values(US_FEDERAL_HOLIDAYS.dates).flat().filter((d) => !Object.values(CCPA_BUSINESS_DAY_HOLIDAYS.dates).flat().includes(d));
    expect(federalOnly).toEqual(["2026-07-03", "2027-06-18", "2027-12-24", "2027-12-31"]);
    expect([CCPA_BUSINESS_DAY_HOLIDAYS.firstYear, CCPA_BUSINESS_DAY_HOLIDAYS.lastYear]).toEqual([2025, 2030]);
  });
});

describe("computeDeadline: CCPA business days are never later than under the federal or the California list", () => {
  const ccpa = (regime: "CCPA" | "CCPA_OPT_OUT", received: string): DeadlineInput => ({ regime, receivedAt: noon(received), timeZone: "America/Los_Angeles" });
  const acknowledgeDate = (received: string) => {
    const at = computeDeadline(ccpa("CCPA", received)).acknowledgeBy!;
    return new Date(at.getTime() - 12 * 3_600_000).toISOString().slice(0, 10); // the day that ends there, in LA
  };

  it.each<[string, string, string]>([
    // Fri 26 Jun 2026: 29, 30 Jun, 1, 2 Jul (4), Fri 3 Jul (5: federal Independence Day observed, a business day
    // in California, where 4 Jul is a Saturday and not moved), 6–10 Jul (10) → Fri 10 Jul; federal alone: Mon 13 Jul.
    ["federal-only Fri 3 Jul 2026 counts", "2026-06-26", "2026-07-10"],
    // Fri 2 Oct 2026: 5–9 (5), Mon 12 Oct Columbus Day skipped (both lists give it), 13–16 (9), Mon 19 Oct (10).
    ["Columbus Day is off on both lists, so it is skipped", "2026-10-02", "2026-10-19"],
    // Mon 23 Nov 2026: 24, 25 (2), Thanksgiving 26 skipped (both), Fri 27 (3: day after Thanksgiving, California
    // only), 30 (4), 1–4 Dec (8), 7, 8 (10) → Tue 8 Dec; on California's list alone: Wed 9 Dec.
    ["California-only day after Thanksgiving counts", "2026-11-23", "2026-12-08"],
    // Fri 18 Sep 2026: 21–25 (5: Fri 25 Native American Day, California only), 28 Sep–2 Oct (10) → Fri 2 Oct.
    ["California-only Native American Day counts", "2026-09-18", "2026-10-02"],
  ])("acknowledgement, %s: received %s → %s", (_why, received, date) => {
    expect(acknowledgeDate(received)).toBe(date);
  });

  it.each<[string, string, string]>([
    // Mon 20 Dec 2027: 21–24 (4: Fri 24 federal-only), 27–31 (9: Fri 31 federal-only), 3–7 Jan 2028 (14),
    // Mon 10 Jan (15); federal alone skips 24 and 31 Dec → Wed 12 Jan.
    ["federal-only 24 and 31 Dec 2027 count", "2027-12-20", "2028-01-10"],
    // Fri 11 Jun 2027: 14–17 (4), Fri 18 (5: federal Juneteenth observed, California's falls on Saturday 19),
    // 21–25 (10), 28 Jun–2 Jul (15) → Fri 2 Jul; federal alone: 18 Jun and Mon 5 Jul skipped → Tue 6 Jul.
    ["federal-only Fri 18 Jun 2027 counts", "2027-06-11", "2027-07-02"],
    // Mon 23 Mar 2026: 24–27 (4), 30 (5), Tue 31 Cesar Chavez Day (6: California only), 1–3 Apr (9), 6–10 (14),
    // Mon 13 Apr (15); on California's list alone: Tue 14 Apr.
    ["California-only Cesar Chavez Day counts", "2026-03-23", "2026-04-13"],
  ])("opt-out, %s: received %s → %s", (_why, received, date) => {
    expect(computeDeadline(ccpa("CCPA_OPT_OUT", received)).dueDate).toBe(date);
  });

  it("is on or before the count on either list alone, for every receipt day 2025–2030", () => {
    // An independent count: the `n`th weekday after `from` that `calendar` does not list.
    const count = (from: string, n: number, calendar: HolidayCalendar) => {
      const off = new Set(Object.values(calendar.dates).flat());
      let day = new Date(`${from}T00:00:00Z`);
      for (let left = n; left > 0; ) {
        day = new Date(day.getTime() + 86_400_000);
        const iso = day.toISOString().slice(0, 10);
        if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && !off.has(iso)) left--;
      }
      return day.toISOString().slice(0, 10);
    };
    let earlierThanFederal = 0;
    for (let t = Date.UTC(2025, 0, 1); t <= Date.UTC(2030, 10, 30); t += 86_400_000) {
      const received = new Date(t).toISOString().slice(0, 10);
      const optOut = computeDeadline(ccpa("CCPA_OPT_OUT", received)).dueDate;
      const acknowledge = acknowledgeDate(received);
      for (const calendar of [US_FEDERAL_HOLIDAYS, CA_STATE_HOLIDAYS]) {
        expect(optOut <= count(received, 15, calendar), `opt-out ${received} on ${calendar.name}`).toBe(true);
        expect(acknowledge <= count(received, 10, calendar), `acknowledge ${received} on ${calendar.name}`).toBe(true);
      }
      if (optOut < count(received, 15, US_FEDERAL_HOLIDAYS)) earlierThanFederal++;
    }
    expect(earlierThanFederal).toBeGreaterThan(0);
  });
});
