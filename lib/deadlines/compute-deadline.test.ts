import { describe, expect, it } from "vitest";
import { BR_NATIONAL_HOLIDAYS } from "./holidays/br";
import { NZ_PUBLIC_HOLIDAYS } from "./holidays/nz";
import { UK_BANK_HOLIDAYS } from "./holidays/uk";
import { US_FEDERAL_HOLIDAYS } from "./holidays/us";
import { computeDeadline, DeadlineError, extensionLimit } from "./index";
import type { DeadlineInput } from "./index";

// Every expected date below was worked out by hand from the rule (a paper calendar for weekdays), never by
// running the code; the comment on each row is that working. Instants at 12:00Z fall on the same calendar
// date in London, Paris, São Paulo, Los Angeles and UTC; Auckland rows give their own instants.
const noon = (date: string) => new Date(`${date}T12:00:00Z`);
const on = (regime: DeadlineInput["regime"], date: string, timeZone = "UTC", rest: Partial<DeadlineInput> = {}): DeadlineInput => ({
  regime,
  receivedAt: noon(date),
  verifiedAt: noon(date),
  timeZone,
  ...rest,
});

type Row = [why: string, input: DeadlineInput, dueDate: string];

const rows: Record<string, Row[]> = {
  DEFAULT: [
    ["1 Jun + 30 calendar days = 1 Jul", on("DEFAULT", "2026-06-01"), "2026-07-01"],
    ["no verifiedAt: counts from receipt, 1 Jun + 30 = 1 Jul", { regime: "DEFAULT", receivedAt: noon("2026-06-01"), timeZone: "UTC" }, "2026-07-01"],
    ["received 1 Jun, verified 5 Jun: 5 Jun + 30 = 5 Jul", on("DEFAULT", "2026-06-01", "UTC", { verifiedAt: noon("2026-06-05") }), "2026-07-05"],
    ["leap year: 30 Jan 2028 + 30 = 29 Feb 2028", on("DEFAULT", "2028-01-30", "Europe/London"), "2028-02-29"],
    ["paused 3 Jun 10:00 to 6 Jun: days 4, 5, 6 → 1 Jul + 3 = 4 Jul", on("DEFAULT", "2026-06-01", "UTC", { pauses: [{ from: new Date("2026-06-03T10:00:00Z"), to: new Date("2026-06-06T09:00:00Z") }] }), "2026-07-04"],
    ["overlapping pauses 3–5 Jun and 4–6 Jun cover days 4, 5, 6 once → 4 Jul", on("DEFAULT", "2026-06-01", "UTC", { pauses: [{ from: noon("2026-06-03"), to: noon("2026-06-05") }, { from: noon("2026-06-04"), to: noon("2026-06-06") }] }), "2026-07-04"],
    ["paused and resumed the same day: 0 days → 1 Jul", on("DEFAULT", "2026-06-01", "UTC", { pauses: [{ from: new Date("2026-06-03T09:00:00Z"), to: new Date("2026-06-03T17:00:00Z") }] }), "2026-07-01"],
    ["extension of 30 days granted 20 Jun: 1 Jul + 30 = 31 Jul", on("DEFAULT", "2026-06-01", "UTC", { extension: { grantedAt: noon("2026-06-20"), days: 30 } }), "2026-07-31"],
    ["clock from receipt: received 1 Jun, verified 5 Jun → 1 Jun + 30 = 1 Jul", on("DEFAULT", "2026-06-01", "UTC", { verifiedAt: noon("2026-06-05"), clockStart: "RECEIPT" }), "2026-07-01"],
    ["organization allows 60 extension days: 1 Jul + 60 = 30 Aug", on("DEFAULT", "2026-06-01", "UTC", { extensionMaxDays: 60, extension: { grantedAt: noon("2026-06-20"), days: 60 } }), "2026-08-30"],
  ],
  GDPR: [
    ["15 Mar → 15 Apr (same date number next month)", on("GDPR", "2026-03-15", "Europe/Paris"), "2026-04-15"],
    ["31 Jan 2026 → Feb has no 31st → its last day, 28 Feb", on("GDPR", "2026-01-31", "Europe/Paris"), "2026-02-28"],
    ["leap year: 31 Jan 2028 → 29 Feb 2028", on("GDPR", "2028-01-31", "Europe/Paris"), "2028-02-29"],
    ["leap year: 29 Feb 2028 → 29 Mar 2028", on("GDPR", "2028-02-29", "Europe/Paris"), "2028-03-29"],
    ["31 Mar → April has 30 days → 30 Apr", on("GDPR", "2026-03-31", "Europe/Paris"), "2026-04-30"],
    ["15 Dec 2026 → 15 Jan 2027 (year changes)", on("GDPR", "2026-12-15", "Europe/Paris"), "2027-01-15"],
    ["no weekend move under GDPR: 3 Sep → 3 Oct 2026 stays although it is a Saturday", on("GDPR", "2026-09-03", "Europe/Paris"), "2026-10-03"],
    ["received 1 Mar, verified 4 Mar → 4 Apr", on("GDPR", "2026-03-01", "Europe/Paris", { verifiedAt: noon("2026-03-04") }), "2026-04-04"],
    ["31 Jan 23:30Z is 1 Feb 00:30 in Paris → 1 Mar", { regime: "GDPR", receivedAt: new Date("2026-01-31T23:30:00Z"), timeZone: "Europe/Paris" }, "2026-03-01"],
    ["+2 months from the due date: 31 Jan → 28 Feb → 28 Apr", on("GDPR", "2026-01-31", "Europe/Paris", { extension: { grantedAt: noon("2026-02-20"), months: 2 } }), "2026-04-28"],
    ["+1 month: 15 Mar → 15 Apr → 15 May", on("GDPR", "2026-03-15", "Europe/Paris", { extension: { grantedAt: noon("2026-04-01"), months: 1 } }), "2026-05-15"],
    ["paused 20 Mar to 23 Mar: days 21, 22, 23 → 15 Apr + 3 = 18 Apr", on("GDPR", "2026-03-15", "Europe/Paris", { pauses: [{ from: noon("2026-03-20"), to: noon("2026-03-23") }] }), "2026-04-18"],
  ],
  UK: [
    ["ICO example: 3 Sep 2025 → 3 Oct 2025, a Friday", on("UK", "2025-09-03", "Europe/London"), "2025-10-03"],
    ["3 Sep 2026 → 3 Oct 2026 is a Saturday → Monday 5 Oct", on("UK", "2026-09-03", "Europe/London"), "2026-10-05"],
    ["31 Jan 2027 → 28 Feb 2027, a Sunday → Monday 1 Mar", on("UK", "2027-01-31", "Europe/London"), "2027-03-01"],
    ["leap year: 31 Jan 2028 → 29 Feb 2028, a Tuesday", on("UK", "2028-01-31", "Europe/London"), "2028-02-29"],
    ["3 Mar 2026 → 3 Apr Good Friday; Sat, Sun, Easter Monday 6 Apr → Tue 7 Apr", on("UK", "2026-03-03", "Europe/London"), "2026-04-07"],
    ["25 Nov 2026 → Fri 25 Dec Christmas; Sat, Sun, Mon 28 Dec (Boxing Day substitute) → Tue 29 Dec", on("UK", "2026-11-25", "Europe/London"), "2026-12-29"],
    ["28 Nov 2026 → Mon 28 Dec, the Boxing Day substitute → Tue 29 Dec", on("UK", "2026-11-28", "Europe/London"), "2026-12-29"],
    ["+2 months from the unmoved date: 3 Sep 2026 → 3 Oct → 3 Dec, a Thursday", on("UK", "2026-09-03", "Europe/London", { extension: { grantedAt: noon("2026-09-20"), months: 2 } }), "2026-12-03"],
    ["paused 10 to 12 Sep 2026: days 11, 12 → 3 Oct + 2 = 5 Oct, a Monday", on("UK", "2026-09-03", "Europe/London", { pauses: [{ from: noon("2026-09-10"), to: noon("2026-09-12") }] }), "2026-10-05"],
  ],
  CCPA: [
    ["1 Mar + 45 calendar days: 30 to 31 Mar, 15 more = 15 Apr", on("CCPA", "2026-03-01", "America/Los_Angeles"), "2026-04-15"],
    ["counts from receipt even when verified 10 Mar → 15 Apr", on("CCPA", "2026-03-01", "America/Los_Angeles", { verifiedAt: noon("2026-03-10") }), "2026-04-15"],
    ["20 Nov 2026 + 45: 10 to 30 Nov, 31 to 31 Dec, 4 more = 4 Jan 2027", on("CCPA", "2026-11-20", "America/Los_Angeles"), "2027-01-04"],
    ["+45 days granted 1 Apr: 15 Apr + 45 = 30 May", on("CCPA", "2026-03-01", "America/Los_Angeles", { extension: { grantedAt: noon("2026-04-01"), days: 45 } }), "2026-05-30"],
    ["pauses do not stop the CCPA clock → 15 Apr", on("CCPA", "2026-03-01", "America/Los_Angeles", { pauses: [{ from: noon("2026-03-05"), to: noon("2026-03-10") }] }), "2026-04-15"],
  ],
  CCPA_OPT_OUT: [
    ["Fri 20 Nov 2026: 23,24,25 Nov (3), Thanksgiving 26th skipped, 27 (4), 30 (5), 1–4 Dec (9), 7 (10), 8–11 (14), Mon 14 Dec (15)", on("CCPA_OPT_OUT", "2026-11-20", "America/Los_Angeles"), "2026-12-14"],
    ["Mon 21 Dec 2026: 22–24 (3), Christmas skipped, 28–31 (7), 1 Jan skipped, 4–8 Jan (12), 11–13 (15) → Wed 13 Jan 2027", on("CCPA_OPT_OUT", "2026-12-21", "America/Los_Angeles"), "2027-01-13"],
  ],
  NZ: [
    ["Mon 2 Mar 2026: 20 working days after, no holidays → Mon 30 Mar", on("NZ", "2026-03-02", "Pacific/Auckland", { receivedAt: new Date("2026-03-01T22:00:00Z"), verifiedAt: new Date("2026-03-01T22:00:00Z") }), "2026-03-30"],
    ["s 44(1) counts from receipt: received 2 Mar, verified Wed 4 Mar → still Mon 30 Mar", on("NZ", "2026-03-02", "Pacific/Auckland", { receivedAt: new Date("2026-03-01T22:00:00Z"), verifiedAt: new Date("2026-03-03T22:00:00Z") }), "2026-03-30"],
    ["Wed 1 Apr 2026: Thu 2 (1), Good Friday + Easter Monday skipped, 7–10 (5), 13–17 (10), 20–24 (15), ANZAC Mondayised 27th skipped, 28 Apr–1 May (19), Mon 4 May (20)", on("NZ", "2026-04-01", "Pacific/Auckland", { receivedAt: new Date("2026-03-31T22:00:00Z"), verifiedAt: new Date("2026-03-31T22:00:00Z") }), "2026-05-04"],
    ["Mon 29 Jun 2026: 30 Jun–3 Jul (4), 6–9 (8), Matariki Fri 10 Jul skipped, 13–17 (13), 20–24 (18), 27, 28 (20) → Tue 28 Jul", on("NZ", "2026-06-29", "Pacific/Auckland", { receivedAt: new Date("2026-06-28T22:00:00Z"), verifiedAt: new Date("2026-06-28T22:00:00Z") }), "2026-07-28"],
    ["Fri 11 Dec 2026: 14–18 (5), 21–24 (9), 25 Dec–15 Jan skipped, 18–22 Jan (14), 25–29 (19), Mon 1 Feb 2027 (20)", on("NZ", "2026-12-11", "Pacific/Auckland", { receivedAt: new Date("2026-12-10T22:00:00Z"), verifiedAt: new Date("2026-12-10T22:00:00Z") }), "2027-02-01"],
    ["paused Fri 6 Mar to Tue 10 Mar: days 7–10, working 9 and 10 → 30 Mar + 2 working days = Wed 1 Apr", on("NZ", "2026-03-02", "Pacific/Auckland", { receivedAt: new Date("2026-03-01T22:00:00Z"), verifiedAt: new Date("2026-03-01T22:00:00Z"), pauses: [{ from: new Date("2026-03-05T21:00:00Z"), to: new Date("2026-03-09T21:00:00Z") }] }), "2026-04-01"],
    ["+10 working days: 30 Mar → 31 Mar, 1, 2 Apr (3), Easter skipped, 7–10 (7), 13–15 (10) → Wed 15 Apr", on("NZ", "2026-03-02", "Pacific/Auckland", { receivedAt: new Date("2026-03-01T22:00:00Z"), verifiedAt: new Date("2026-03-01T22:00:00Z"), extension: { grantedAt: new Date("2026-03-20T00:00:00Z"), days: 10 } }), "2026-04-15"],
  ],
  LGPD: [
    ["20 Jan + 15 = 4 Feb", on("LGPD", "2026-01-20", "America/Sao_Paulo"), "2026-02-04"],
    ["leap year: 20 Feb 2028 + 15: 9 to 29 Feb, 6 more = 6 Mar", on("LGPD", "2028-02-20", "America/Sao_Paulo"), "2028-03-06"],
    ["20 Dec 2026 + 15: 11 to 31 Dec, 4 more = 4 Jan 2027", on("LGPD", "2026-12-20", "America/Sao_Paulo"), "2027-01-04"],
    ["paused 22 to 25 Jan: days 23, 24, 25 → 4 Feb + 3 = 7 Feb", on("LGPD", "2026-01-20", "America/Sao_Paulo", { pauses: [{ from: noon("2026-01-22"), to: noon("2026-01-25") }] }), "2026-02-07"],
  ],
  CUSTOM: [
    ["15 calendar days: 1 Jun → 16 Jun", on("CUSTOM", "2026-06-01", "UTC", { custom: { days: 15, businessDays: false } }), "2026-06-16"],
    ["clock from receipt: 15 calendar days from receipt 1 Jun (verified 3 Jun) → 16 Jun", on("CUSTOM", "2026-06-01", "UTC", { verifiedAt: noon("2026-06-03"), clockStart: "RECEIPT", custom: { days: 15, businessDays: false } }), "2026-06-16"],
    ["10 business days from Fri 18 Dec 2026, no holiday calendar: 21–25 (5), 28 Dec–1 Jan (10) → Fri 1 Jan 2027", on("CUSTOM", "2026-12-18", "UTC", { custom: { days: 10, businessDays: true } }), "2027-01-01"],
    ["+10 business days: Fri 1 Jan → 4–8 (5), 11–15 (10) → Fri 15 Jan", on("CUSTOM", "2026-12-18", "UTC", { custom: { days: 10, businessDays: true }, extension: { grantedAt: noon("2026-12-20"), days: 10 } }), "2027-01-15"],
    ["paused Fri 18 Dec 14:00 to Tue 22 Dec: days 19–22, business 21, 22 → 1 Jan + 2 business days = Tue 5 Jan", on("CUSTOM", "2026-12-18", "UTC", { custom: { days: 10, businessDays: true }, pauses: [{ from: new Date("2026-12-18T14:00:00Z"), to: noon("2026-12-22") }] }), "2027-01-05"],
  ],
};

describe("computeDeadline due dates", () => {
  for (const [regime, table] of Object.entries(rows)) {
    it.each(table)(`${regime}: %s`, (_why, input, dueDate) => {
      const deadline = computeDeadline(input);
      expect(deadline.dueDate).toBe(dueDate);
      expect(deadline.isPaused).toBe(false);
    });
  }
});

// The instant: 23:59:59.999 on the due day in the organization's zone, minus that zone's offset on that day.
describe("computeDeadline due instants across daylight-saving changes", () => {
  it.each<[string, DeadlineInput, string]>([
    // Kept from the placeholder engine (DEFAULT, 30 calendar days):
    ["Auckland: 1 Nov 2026 (NZDT +13) → 1 Dec 10:59:59.999Z", on("DEFAULT", "x", "Pacific/Auckland", { receivedAt: new Date("2026-10-31T20:00:00Z"), verifiedAt: new Date("2026-10-31T20:00:00Z") }), "2026-12-01T10:59:59.999Z"],
    ["Auckland: 20 Mar 2026 (+13) → 19 Apr, NZST +12 after 5 Apr", on("DEFAULT", "x", "Pacific/Auckland", { receivedAt: new Date("2026-03-20T01:00:00Z"), verifiedAt: new Date("2026-03-20T01:00:00Z") }), "2026-04-19T11:59:59.999Z"],
    ["Oslo: 10 Mar 2026 (CET +1) → 9 Apr (CEST +2)", on("DEFAULT", "2026-03-10", "Europe/Oslo"), "2026-04-09T21:59:59.999Z"],
    ["Oslo: 31 Jan 23:30Z is 1 Feb locally → 3 Mar (CET)", on("DEFAULT", "x", "Europe/Oslo", { receivedAt: new Date("2026-01-31T23:30:00Z"), verifiedAt: new Date("2026-01-31T23:30:00Z") }), "2026-03-03T22:59:59.999Z"],
    ["London leap year: 30 Jan 2028 (GMT) → 29 Feb 2028 (GMT)", on("DEFAULT", "2028-01-30", "Europe/London"), "2028-02-29T23:59:59.999Z"],
    ["Los Angeles: 20 Oct 2026 (PDT) → 19 Nov (PST -8)", on("DEFAULT", "x", "America/Los_Angeles", { receivedAt: new Date("2026-10-20T18:00:00Z"), verifiedAt: new Date("2026-10-20T18:00:00Z") }), "2026-11-20T07:59:59.999Z"],
    // Per regime:
    ["UK: 20 Mar 2026 (GMT) → Mon 20 Apr (BST +1)", on("UK", "2026-03-20", "Europe/London"), "2026-04-20T22:59:59.999Z"],
    ["GDPR: 10 Mar 2026 Paris (CET) → 10 Apr (CEST +2)", on("GDPR", "2026-03-10", "Europe/Paris"), "2026-04-10T21:59:59.999Z"],
    ["CCPA: 1 Mar 2026 (PST) → 15 Apr (PDT -7)", on("CCPA", "2026-03-01", "America/Los_Angeles"), "2026-04-16T06:59:59.999Z"],
    ["NZ: 30 Mar 2026 is still NZDT +13", on("NZ", "x", "Pacific/Auckland", { receivedAt: new Date("2026-03-01T22:00:00Z"), verifiedAt: new Date("2026-03-01T22:00:00Z") }), "2026-03-30T10:59:59.999Z"],
    ["NZ: 1 Apr (NZDT) → 4 May, NZST +12", on("NZ", "x", "Pacific/Auckland", { receivedAt: new Date("2026-03-31T22:00:00Z"), verifiedAt: new Date("2026-03-31T22:00:00Z") }), "2026-05-04T11:59:59.999Z"],
    ["LGPD: São Paulo has no DST, -3 → 4 Feb 23:59:59.999-03", on("LGPD", "2026-01-20", "America/Sao_Paulo"), "2026-02-05T02:59:59.999Z"],
  ])("%s", (_why, input, dueAt) => {
    expect(computeDeadline(input).dueAt.toISOString()).toBe(dueAt);
  });
});

describe("computeDeadline acknowledgement (CCPA)", () => {
  it.each<[string, string, string]>([
    // Sun 1 Mar 2026: 2–6 Mar (5), 9–13 Mar (10) → Fri 13 Mar, PDT (-7) after 8 Mar.
    ["2026-03-01", "2026-03-13", "2026-03-14T06:59:59.999Z"],
    // Fri 20 Nov 2026: 23–25 (3), Thanksgiving 26th skipped, 27 (4), 30 (5), 1–4 Dec (9), Mon 7 Dec (10); PST -8.
    ["2026-11-20", "2026-12-07", "2026-12-08T07:59:59.999Z"],
    // Thu 10 Jun 2027: 11 (1), 14–17 (5), Fri 18 (6: the federal Juneteenth observed; California does not
    // move its Saturday Juneteenth, so a business day), 21–24 (10) → Thu 24 Jun; PDT.
    ["2027-06-10", "2027-06-24", "2027-06-25T06:59:59.999Z"],
  ])("received %s: acknowledge by %s", (received, _date, acknowledgeBy) => {
    const deadline = computeDeadline(on("CCPA", received, "America/Los_Angeles"));
    expect(deadline.acknowledgeBy?.toISOString()).toBe(acknowledgeBy);
  });

  it("gives no acknowledgement date for other regimes, opt-outs included", () => {
    expect(computeDeadline(on("CCPA_OPT_OUT", "2026-03-02", "America/Los_Angeles")).acknowledgeBy).toBeUndefined();
    expect(computeDeadline(on("GDPR", "2026-03-02")).acknowledgeBy).toBeUndefined();
  });
});

describe("computeDeadline clock start, pauses and holiday data", () => {
  it("starts the clock at receipt where the law fixes it (CCPA, NZ, LGPD, GDPR) and at verification where it may wait (UK, DEFAULT)", () => {
    const received = noon("2026-03-01");
    const verified = noon("2026-03-04");
    const startOf = (regime: DeadlineInput["regime"]) => computeDeadline({ regime, receivedAt: received, verifiedAt: verified, timeZone: "UTC" }).clockStartedAt;
    expect(startOf("CCPA")).toEqual(received);
    expect(startOf("NZ")).toEqual(received);
    expect(startOf("LGPD")).toEqual(received);
    expect(startOf("GDPR")).toEqual(received);
    expect(startOf("UK")).toEqual(verified);
    expect(startOf("DEFAULT")).toEqual(verified);
  });

  it("counts CCPA from receipt even when the organization chose verification", () => {
    const received = noon("2026-03-01");
    const deadline = computeDeadline({ regime: "CCPA", receivedAt: received, verifiedAt: noon("2026-03-04"), timeZone: "UTC", clockStart: "VERIFICATION" });
    // 1 Mar + 45 calendar days = 15 Apr.
    expect(deadline).toMatchObject({ clockStartedAt: received, dueDate: "2026-04-15" });
    expect(deadline.explanation).toContain("45 calendar days after receipt");
  });

  it("says in its explanation which start the organization chose", () => {
    const deadline = computeDeadline(on("GDPR", "2026-03-15", "UTC", { clockStart: "RECEIPT" }));
    expect(deadline.explanation).toMatch(/^Due 2026-04-15: one month after receipt \(GDPR art\. 12\(3\)/);
  });

  it("keeps a due date while a pause is open and says it will move", () => {
    // Still paused since 10 Mar: the open pause counts no day yet, so NZ stays at 30 Mar.
    const deadline = computeDeadline(
      on("NZ", "x", "Pacific/Auckland", { receivedAt: new Date("2026-03-01T22:00:00Z"), verifiedAt: new Date("2026-03-01T22:00:00Z"), pauses: [{ from: new Date("2026-03-09T22:00:00Z") }] }),
    );
    expect(deadline).toMatchObject({ dueDate: "2026-03-30", isPaused: true, isClockStopped: true, pausedDays: 0 });
    expect(deadline.explanation).toMatch(/paused/);
  });

  it("does not call an open pause a stopped clock where the regime's clock keeps running (CCPA)", () => {
    // Received 1 Mar, waiting on the subject since 5 Mar: still 1 Mar + 45 = 15 Apr.
    const deadline = computeDeadline(on("CCPA", "2026-03-01", "America/Los_Angeles", { pauses: [{ from: noon("2026-03-05") }] }));
    expect(deadline).toMatchObject({ dueDate: "2026-04-15", isPaused: true, isClockStopped: false });
  });

  it("reports paused days in the regime's unit", () => {
    const nz = computeDeadline(
      on("NZ", "x", "Pacific/Auckland", { receivedAt: new Date("2026-03-01T22:00:00Z"), verifiedAt: new Date("2026-03-01T22:00:00Z"), pauses: [{ from: new Date("2026-03-05T21:00:00Z"), to: new Date("2026-03-09T21:00:00Z") }] }),
    );
    expect(nz.pausedDays).toBe(2);
    const ccpa = computeDeadline(on("CCPA", "2026-03-01", "America/Los_Angeles", { pauses: [{ from: noon("2026-03-05"), to: noon("2026-03-10") }] }));
    expect(ccpa.pausedDays).toBe(0);
    expect(ccpa.explanation).toMatch(/do not stop this clock/);
  });

  it("flags a count that runs past the shipped holiday years and still computes it", () => {
    // Fri 20 Dec 2030: 23, 24 (2), Christmas skipped, 26, 27 (4), 30, 31 (6), 1 Jan 2031 counted as a working
    // day because 2031 is not shipped (7), 2, 3 (9), 6–10 (14), Mon 13 Jan (15).
    const optOut = computeDeadline(on("CCPA_OPT_OUT", "2030-12-20", "America/Los_Angeles"));
    expect(optOut).toMatchObject({ dueDate: "2031-01-13", isBeyondHolidayData: true });
    expect(optOut.explanation).toMatch(/outside 2025–2030/);
    // UK 3 Sep 2031 → Fri 3 Oct 2031, checked against no holiday list.
    expect(computeDeadline(on("UK", "2031-09-03", "Europe/London"))).toMatchObject({ dueDate: "2031-10-03", isBeyondHolidayData: true });
    expect(computeDeadline(on("UK", "2026-09-03", "Europe/London")).isBeyondHolidayData).toBe(false);
    // Calendar-day regimes use no holidays, so they are never beyond the data.
    expect(computeDeadline(on("GDPR", "2040-01-15")).isBeyondHolidayData).toBe(false);
  });

  it("accepts an extension granted on the last minute of a due day that a weekend moved", () => {
    // UK 3 Sep 2026 is due Mon 5 Oct (BST); 21:00 BST on 5 Oct is still in time.
    const input = on("UK", "2026-09-03", "Europe/London", { extension: { grantedAt: new Date("2026-10-05T20:00:00Z"), months: 1 } });
    // 3 Oct (unmoved) + 1 month = Tue 3 Nov.
    expect(computeDeadline(input).dueDate).toBe("2026-11-03");
  });
});

describe("computeDeadline refuses input it cannot honour", () => {
  it.each<[string, DeadlineInput, RegExp]>([
    ["an unknown time zone", on("DEFAULT", "2026-06-01", "Mars/Olympus"), /Unknown time zone/],
    ["verification before receipt", on("GDPR", "2026-06-01", "UTC", { verifiedAt: noon("2026-05-31") }), /before receivedAt/],
    ["a pause that ends before it starts", on("GDPR", "2026-06-01", "UTC", { pauses: [{ from: noon("2026-06-05"), to: noon("2026-06-04") }] }), /ends before it starts/],
    ["CUSTOM without its period", on("CUSTOM", "2026-06-01"), /needs `custom`/],
    ["a custom period of 0 days", on("CUSTOM", "2026-06-01", "UTC", { custom: { days: 0, businessDays: false } }), /between 1 and 365/],
    ["GDPR extended by 3 months", on("GDPR", "2026-03-15", "UTC", { extension: { grantedAt: noon("2026-04-01"), months: 3 } }), /at most 2 months/],
    ["GDPR extended in days", on("GDPR", "2026-03-15", "UTC", { extension: { grantedAt: noon("2026-04-01"), days: 30 } }), /by months, not days/],
    ["UK extended by 0 months", on("UK", "2026-03-15", "UTC", { extension: { grantedAt: noon("2026-04-01"), months: 0 } }), /at least 1/],
    // 15 Mar → due 15 Apr; granted 16 Apr is after it.
    ["an extension after the due date", on("GDPR", "2026-03-15", "UTC", { extension: { grantedAt: noon("2026-04-16"), months: 1 } }), /by the current due date, 2026-04-15/],
    // UK 3 Sep 2026 → due Mon 5 Oct; 6 Oct 09:00Z is after the end of 5 Oct (BST).
    ["a UK extension the day after the moved due date", on("UK", "2026-09-03", "Europe/London", { extension: { grantedAt: new Date("2026-10-06T09:00:00Z"), months: 1 } }), /2026-10-05/],
    ["an extension before the clock started", on("GDPR", "2026-03-15", "UTC", { extension: { grantedAt: noon("2026-03-14"), months: 1 } }), /before the clock started/],
    ["CCPA extended by 46 days", on("CCPA", "2026-03-01", "UTC", { extension: { grantedAt: noon("2026-03-02"), days: 46 } }), /at most 45 calendar days/],
    ["CCPA extended in months", on("CCPA", "2026-03-01", "UTC", { extension: { grantedAt: noon("2026-03-02"), months: 1 } }), /by days, not months/],
    ["a CCPA opt-out extended", on("CCPA_OPT_OUT", "2026-03-02", "UTC", { extension: { grantedAt: noon("2026-03-03"), days: 5 } }), /no extension/],
    ["NZ extended by 366 working days", on("NZ", "2026-03-02", "UTC", { extension: { grantedAt: noon("2026-03-03"), days: 366 } }), /at most 365 working days/],
    ["LGPD extended", on("LGPD", "2026-03-02", "UTC", { extension: { grantedAt: noon("2026-03-03"), days: 5 } }), /LGPD provides no extension/],
    ["DEFAULT extended beyond the organization's 10 days", on("DEFAULT", "2026-03-02", "UTC", { extensionMaxDays: 10, extension: { grantedAt: noon("2026-03-03"), days: 11 } }), /at most 10 calendar days/],
    ["DEFAULT where the organization gives no extension", on("DEFAULT", "2026-03-02", "UTC", { extensionMaxDays: 0, extension: { grantedAt: noon("2026-03-03"), days: 1 } }), /does not extend/],
    ["DEFAULT extended by 31 days", on("DEFAULT", "2026-03-02", "UTC", { extension: { grantedAt: noon("2026-03-03"), days: 31 } }), /at most 30 calendar days/],
    ["CUSTOM extended beyond its own period", on("CUSTOM", "2026-12-18", "UTC", { custom: { days: 10, businessDays: true }, extension: { grantedAt: noon("2026-12-20"), days: 11 } }), /at most 10 business days/],
    ["an invalid receipt date", on("DEFAULT", "2026-06-01", "UTC", { receivedAt: new Date("nonsense"), verifiedAt: undefined }), /receivedAt is not a valid date/],
  ])("%s", (_why, input, message) => {
    expect(() => computeDeadline(input)).toThrow(DeadlineError);
    expect(() => computeDeadline(input)).toThrow(message);
  });
});

describe("extensionLimit", () => {
  it.each<[string, Parameters<typeof extensionLimit>[0], ReturnType<typeof extensionLimit>]>([
    ["GDPR: up to 2 months", { regime: "GDPR" }, { unit: "months", max: 2 }],
    ["UK: up to 2 months", { regime: "UK" }, { unit: "months", max: 2 }],
    ["CCPA: up to 45 calendar days", { regime: "CCPA" }, { unit: "days", max: 45, unitWord: "calendar days", periodUnit: "calendarDay" }],
    ["NZ: up to 365 working days", { regime: "NZ" }, { unit: "days", max: 365, unitWord: "working days", periodUnit: "workingDay" }],
    ["DEFAULT: the organization's maximum", { regime: "DEFAULT", extensionMaxDays: 14 }, { unit: "days", max: 14, unitWord: "calendar days", periodUnit: "calendarDay" }],
    ["CUSTOM business days: the organization's maximum", { regime: "CUSTOM", custom: { days: 10, businessDays: true }, extensionMaxDays: 5 }, { unit: "days", max: 5, unitWord: "business days", periodUnit: "businessDay" }],
    ["DEFAULT with a maximum of 0", { regime: "DEFAULT", extensionMaxDays: 0 }, { unit: null, reason: "The organization does not extend this period" }],
    ["LGPD: none", { regime: "LGPD" }, { unit: null, reason: "LGPD provides no extension of the response period" }],
    ["CCPA opt-out: none", { regime: "CCPA_OPT_OUT" }, { unit: null, reason: "A CCPA opt-out provides no extension of the response period" }],
  ])("%s", (_why, input, limit) => {
    expect(extensionLimit(input)).toEqual(limit);
  });

  // What a form offers is exactly what computeDeadline accepts: the maximum passes, one more is refused.
  it.each<[DeadlineInput["regime"], Partial<DeadlineInput>]>([
    ["GDPR", {}],
    ["UK", {}],
    ["CCPA", {}],
    ["NZ", {}],
    ["DEFAULT", { extensionMaxDays: 14 }],
    ["CUSTOM", { custom: { days: 10, businessDays: true }, extensionMaxDays: 5 }],
  ])("%s: computeDeadline takes the limit and refuses one more", (regime, rest) => {
    const limit = extensionLimit({ regime, ...rest });
    if (limit.unit === null) throw new Error("expected a limit");
    const input = (amount: number) =>
      on(regime, "2026-03-02", "UTC", { ...rest, extension: { grantedAt: noon("2026-03-03"), [limit.unit]: amount } });
    expect(() => computeDeadline(input(limit.max))).not.toThrow();
    expect(() => computeDeadline(input(limit.max + 1))).toThrow(`at most ${limit.max}`);
  });
});

// Spot checks against published calendars (gov.uk, employment.govt.nz, opm.gov, planalto.gov.br), not the generator.
describe("shipped holiday data", () => {
  const has = (calendar: { dates: Record<number, readonly string[]> }, date: string) => calendar.dates[Number(date.slice(0, 4))]?.includes(date);

  it.each([
    [UK_BANK_HOLIDAYS, "2026-12-28", true], // Boxing Day substitute: 26 Dec 2026 is a Saturday
    [UK_BANK_HOLIDAYS, "2026-12-26", false],
    [UK_BANK_HOLIDAYS, "2027-12-27", true], // Christmas 2027 is a Saturday
    [UK_BANK_HOLIDAYS, "2027-12-28", true], // and Boxing Day a Sunday
    [UK_BANK_HOLIDAYS, "2028-01-03", true], // 1 Jan 2028 is a Saturday
    [UK_BANK_HOLIDAYS, "2025-05-05", true],
    [UK_BANK_HOLIDAYS, "2026-08-31", true],
    [NZ_PUBLIC_HOLIDAYS, "2025-06-20", true], // Matariki, per the 2022 Act's schedule
    [NZ_PUBLIC_HOLIDAYS, "2026-07-10", true],
    [NZ_PUBLIC_HOLIDAYS, "2027-06-25", true],
    [NZ_PUBLIC_HOLIDAYS, "2028-07-14", true],
    [NZ_PUBLIC_HOLIDAYS, "2029-07-06", true],
    [NZ_PUBLIC_HOLIDAYS, "2030-06-21", true],
    [NZ_PUBLIC_HOLIDAYS, "2026-04-27", true], // ANZAC Day 2026 is a Saturday → Monday
    [NZ_PUBLIC_HOLIDAYS, "2027-02-08", true], // Waitangi Day 2027 is a Saturday → Monday
    [NZ_PUBLIC_HOLIDAYS, "2026-10-26", true], // Labour Day, 4th Monday of October
    [US_FEDERAL_HOLIDAYS, "2027-06-18", true], // Juneteenth observed: 19 Jun 2027 is a Saturday
    [US_FEDERAL_HOLIDAYS, "2027-12-31", true], // New Year's Day 2028 observed
    [US_FEDERAL_HOLIDAYS, "2026-07-03", true], // 4 Jul 2026 is a Saturday
    [US_FEDERAL_HOLIDAYS, "2026-11-26", true], // Thanksgiving
    [BR_NATIONAL_HOLIDAYS, "2026-11-20", true], // Consciência Negra, Lei 14.759/2023
    [BR_NATIONAL_HOLIDAYS, "2026-02-17", false], // Carnival Tuesday is not a national holiday
  ] as const)("%s has %s: %s", (calendar, date, expected) => {
    expect(has(calendar, date) ?? false).toBe(expected);
  });

  it("lists every year 2025–2030 with dates sorted and inside that year (or an observed day just before it)", () => {
    for (const calendar of [UK_BANK_HOLIDAYS, NZ_PUBLIC_HOLIDAYS, US_FEDERAL_HOLIDAYS, BR_NATIONAL_HOLIDAYS]) {
      for (let year = 2025; year <= 2030; year++) {
        const dates = calendar.dates[year]!;
        expect(dates.length).toBeGreaterThan(0);
        expect([...dates].sort()).toEqual(dates);
        for (const date of dates) expect(date.startsWith(String(year))).toBe(true);
      }
    }
  });
});
