import { describe, expect, it } from "vitest";
import { Regime as RegimeEnum } from "@/lib/db/generated/enums";
import {
  ALL_REGIMES,
  clockStopsFor,
  computeDeadline,
  JURISDICTION_REGIMES,
  ORGANIZATION_REGIMES,
  PAUSE_REASONS,
  REGIMES,
  regimeForRequestType,
  regimeOfJurisdiction,
} from "./index";
import { extensionMaxInWords } from "./regimes";
import type { DeadlineInput, PauseReason, Regime } from "./index";

// Every date below was worked out by hand from the statute's rule and a paper calendar, never by running
// the code; the comment on each row is that working.
const noon = (date: string) => new Date(`${date}T12:00:00Z`);

describe("the corrected clock starts (issue 14)", () => {
  it.each<[string, DeadlineInput, string]>([
    [
      "NZ s 44(1), the issue's example: received Mon 2 Mar 2026, verified 16 Mar → 20 working days after receipt, Mon 30 Mar (not 15 Apr)",
      { regime: "NZ", receivedAt: new Date("2026-03-01T22:00:00Z"), verifiedAt: new Date("2026-03-15T22:00:00Z"), timeZone: "Pacific/Auckland" },
      "2026-03-30",
    ],
    [
      "NZ: an organization's choice of VERIFICATION does not move the statutory start → 30 Mar",
      { regime: "NZ", receivedAt: new Date("2026-03-01T22:00:00Z"), verifiedAt: new Date("2026-03-15T22:00:00Z"), timeZone: "Pacific/Auckland", clockStart: "VERIFICATION" },
      "2026-03-30",
    ],
    [
      "LGPD art. 19 II: requested 20 Jan 2026, verified 25 Jan → 20 Jan + 15 = 4 Feb (not 9 Feb)",
      { regime: "LGPD", receivedAt: noon("2026-01-20"), verifiedAt: noon("2026-01-25"), timeZone: "America/Sao_Paulo" },
      "2026-02-04",
    ],
    [
      "GDPR art. 12(3): received 28 Feb 2026, identity proved 3 Mar → 28 Mar + the 3 days waited = 31 Mar (restarting would give 3 Apr)",
      { regime: "GDPR", receivedAt: noon("2026-02-28"), verifiedAt: noon("2026-03-03"), timeZone: "Europe/Paris" },
      "2026-03-31",
    ],
    [
      "GDPR: received 30 Jan 2026, identity proved 1 Feb → resumed 28 Feb + 2 = 2 Mar, counted again from 1 Feb = 1 Mar: the earlier, 1 Mar",
      { regime: "GDPR", receivedAt: noon("2026-01-30"), verifiedAt: noon("2026-02-01"), timeZone: "Europe/Paris" },
      "2026-03-01",
    ],
    [
      "GDPR: received 1 Mar, identity proved 4 Mar → 1 Apr + 3 = 4 Apr",
      { regime: "GDPR", receivedAt: noon("2026-03-01"), verifiedAt: noon("2026-03-04"), timeZone: "Europe/Paris" },
      "2026-04-04",
    ],
    [
      "GDPR: a question about identity after verification resumes, not restarts: received 2 Mar, paused 10 Mar to 13 Mar (11, 12, 13) → 2 Apr + 3 = 5 Apr",
      { regime: "GDPR", receivedAt: noon("2026-03-02"), verifiedAt: noon("2026-03-02"), timeZone: "Europe/Paris", pauses: [{ from: noon("2026-03-10"), to: noon("2026-03-13"), reason: "IDENTITY" }] },
      "2026-04-05",
    ],
    [
      "UK (ICO): received 3 Sep 2025, the requested ID arrives Wed 10 Sep → 10 Oct 2025, a Friday",
      { regime: "UK", receivedAt: noon("2025-09-03"), verifiedAt: noon("2025-09-10"), timeZone: "Europe/London" },
      "2025-10-10",
    ],
    [
      "UK: an organization that counts from receipt gets receipt: 3 Sep 2025 → 3 Oct",
      { regime: "UK", receivedAt: noon("2025-09-03"), verifiedAt: noon("2025-09-10"), timeZone: "Europe/London", clockStart: "RECEIPT" },
      "2025-10-03",
    ],
    [
      "UK: clarification of an ordinary request does not stop the clock: 3 Sep 2025, asked 10 to 13 Sep → still Fri 3 Oct",
      { regime: "UK", receivedAt: noon("2025-09-03"), verifiedAt: noon("2025-09-03"), timeZone: "Europe/London", pauses: [{ from: noon("2025-09-10"), to: noon("2025-09-13"), reason: "CLARIFICATION" }] },
      "2025-10-03",
    ],
    [
      "UK: clarification of a large request stops it: 3 Sep 2025, 11–13 Sep (3 days) → 6 Oct, a Monday",
      { regime: "UK", receivedAt: noon("2025-09-03"), verifiedAt: noon("2025-09-03"), timeZone: "Europe/London", pauses: [{ from: noon("2025-09-10"), to: noon("2025-09-13"), reason: "LARGE_VOLUME_CLARIFICATION" }] },
      "2025-10-06",
    ],
    [
      "UK: waiting for a fee stops it: 3 Sep 2025, 11–13 Sep → 6 Oct",
      { regime: "UK", receivedAt: noon("2025-09-03"), verifiedAt: noon("2025-09-03"), timeZone: "Europe/London", pauses: [{ from: noon("2025-09-10"), to: noon("2025-09-13"), reason: "FEE" }] },
      "2025-10-06",
    ],
    [
      "DEFAULT still counts from verification: received 1 Jun, verified 5 Jun → 5 Jul",
      { regime: "DEFAULT", receivedAt: noon("2026-06-01"), verifiedAt: noon("2026-06-05"), timeZone: "UTC" },
      "2026-07-05",
    ],
  ])("%s", (_why, input, dueDate) => {
    expect(computeDeadline(input).dueDate).toBe(dueDate);
  });

  it("says in the explanation that the law fixes the start where the organization chose verification", () => {
    const nz = computeDeadline({ regime: "NZ", receivedAt: new Date("2026-03-01T22:00:00Z"), verifiedAt: new Date("2026-03-15T22:00:00Z"), timeZone: "Pacific/Auckland" });
    expect(nz.explanation).toMatch(/^Due 2026-03-30: 20 working days after receipt \(Privacy Act 2020 s 44\)/);
    expect(nz.explanation).toContain("s 44(1)");
    const gdpr = computeDeadline({ regime: "GDPR", receivedAt: noon("2026-02-28"), verifiedAt: noon("2026-03-03"), timeZone: "Europe/Paris" });
    expect(gdpr.explanation).toMatch(/one month after receipt/);
    expect(gdpr.explanation).toMatch(/3 days the subject took to prove their identity/);
  });
});

// Every pause reason against every regime: received Mon 1 Jun 2026 (verified the same day), asked on 3 Jun and
// answered on 6 Jun, which takes out 4, 5 and 6 Jun (Thu, Fri, Sat: two working days).
const BASE: Record<Regime, [timeZone: string, due: string, dueIfStopped: string]> = {
  // 1 Jun + 30 = 1 Jul; + 3 = 4 Jul.
  DEFAULT: ["UTC", "2026-07-01", "2026-07-04"],
  // 1 Jun + 1 month = 1 Jul; + 3 = 4 Jul.
  GDPR: ["Europe/Paris", "2026-07-01", "2026-07-04"],
  // 1 Jul (Wed); + 3 = Sat 4 Jul → Mon 6 Jul.
  UK: ["Europe/London", "2026-07-01", "2026-07-06"],
  // 1 Jun + 45: 29 to 30 Jun, 16 more = 16 Jul; never stops.
  CCPA: ["America/Los_Angeles", "2026-07-16", "2026-07-16"],
  // 15 business days: 2–5 (4), 8–12 (9), 15–18 (13), Juneteenth 19th skipped, 22 (14), 23 (15) → Tue 23 Jun; never stops.
  CCPA_OPT_OUT: ["America/Los_Angeles", "2026-06-23", "2026-06-23"],
  // 20 working days: 2–5 (4), 8–12 (9), 15–19 (14), 22–26 (19), Mon 29 Jun (20); + 2 working days = Wed 1 Jul.
  NZ: ["UTC", "2026-06-29", "2026-07-01"],
  // 1 Jun + 15 = 16 Jun; + 3 = 19 Jun.
  LGPD: ["America/Sao_Paulo", "2026-06-16", "2026-06-19"],
  // 10 calendar days: 11 Jun; + 3 = 14 Jun.
  CUSTOM: ["UTC", "2026-06-11", "2026-06-14"],
};

// Which reasons stop which clock, from each module's sources (the module says why).
const STOPS: Record<Regime, readonly (PauseReason | "none")[]> = {
  DEFAULT: ["none", "IDENTITY", "FEE", "CLARIFICATION", "LARGE_VOLUME_CLARIFICATION", "OTHER"],
  CUSTOM: ["none", "IDENTITY", "FEE", "CLARIFICATION", "LARGE_VOLUME_CLARIFICATION", "OTHER"],
  GDPR: ["none", "IDENTITY"],
  UK: ["none", "IDENTITY", "FEE", "LARGE_VOLUME_CLARIFICATION"],
  CCPA: [],
  CCPA_OPT_OUT: [],
  NZ: ["none"],
  LGPD: ["none"],
};

const cases = (Object.keys(BASE) as Regime[]).flatMap((regime) =>
  ([undefined, ...PAUSE_REASONS] as const).map((reason) => [regime, reason ?? "none", STOPS[regime].includes(reason ?? "none")] as const),
);

describe("pause reasons against every regime", () => {
  const input = (regime: Regime, reason: PauseReason | undefined, to?: Date): DeadlineInput => ({
    regime,
    receivedAt: noon("2026-06-01"),
    verifiedAt: noon("2026-06-01"),
    timeZone: BASE[regime][0],
    pauses: [{ from: noon("2026-06-03"), ...(to ? { to } : {}), ...(reason ? { reason } : {}) }],
    ...(regime === "CUSTOM" ? { custom: { days: 10, businessDays: false } } : {}),
  });

  it.each(cases)("%s, reason %s: stops the clock = %s", (regime, reasonName, stops) => {
    const reason = reasonName === "none" ? undefined : reasonName;
    expect(clockStopsFor(regime, reason)).toBe(stops);
    const closed = computeDeadline(input(regime, reason, noon("2026-06-06")));
    expect(closed.dueDate).toBe(stops ? BASE[regime][2] : BASE[regime][1]);
    const open = computeDeadline(input(regime, reason));
    expect(open).toMatchObject({ dueDate: BASE[regime][1], isPaused: true, isClockStopped: stops });
    expect(open.stoppedFor).toBe(stops ? reason : undefined);
    if (!stops) expect(open.explanation).toMatch(/does not stop this clock|do not stop this clock/);
  });

  it("names the open pause that stopped the clock when another open one did not", () => {
    const deadline = computeDeadline({
      regime: "UK",
      receivedAt: noon("2026-06-01"),
      timeZone: "Europe/London",
      pauses: [
        { from: noon("2026-06-03"), reason: "CLARIFICATION" },
        { from: noon("2026-06-04"), reason: "FEE" },
      ],
    });
    expect(deadline).toMatchObject({ isPaused: true, isClockStopped: true, stoppedFor: "FEE" });
    expect(deadline.explanation).toMatch(/clock stopped for a fee/);
  });

  it("refuses a reason it does not know", () => {
    expect(() =>
      computeDeadline({ regime: "GDPR", receivedAt: noon("2026-06-01"), timeZone: "UTC", pauses: [{ from: noon("2026-06-03"), reason: "HOLIDAY" as PauseReason }] }),
    ).toThrow(/Unknown pause reason/);
  });
});

describe("the regime registry", () => {
  it("has one module for every value of the database's Regime enum, under its own id", () => {
    expect([...ALL_REGIMES].sort()).toEqual(Object.values(RegimeEnum).sort());
    for (const regime of ALL_REGIMES) expect(REGIMES[regime].id).toBe(regime);
  });

  it("gives every law its sources with links, and says why each pause reason stops or not", () => {
    for (const regime of ALL_REGIMES) {
      const module = REGIMES[regime];
      if (regime !== "DEFAULT" && regime !== "CUSTOM") expect(module.sources.length).toBeGreaterThan(0);
      for (const source of module.sources) expect(source.url).toMatch(/^https:\/\//);
      for (const reason of PAUSE_REASONS) expect(module.pauses[reason].why.length).toBeGreaterThan(10);
      expect(module.appeal).toBeNull();
    }
  });

  it("maps jurisdictions to the laws, each to one law only", () => {
    expect(regimeOfJurisdiction("DE")).toBe("GDPR");
    expect(regimeOfJurisdiction("NO")).toBe("GDPR");
    expect(regimeOfJurisdiction("GB")).toBe("UK");
    expect(regimeOfJurisdiction("US-CA")).toBe("CCPA");
    expect(regimeOfJurisdiction("NZ")).toBe("NZ");
    expect(regimeOfJurisdiction("BR")).toBe("LGPD");
    expect(regimeOfJurisdiction("US-NY")).toBeNull();
    const all = ALL_REGIMES.flatMap((r) => REGIMES[r].jurisdictions);
    expect(new Set(all).size).toBe(all.length);
    expect(JURISDICTION_REGIMES).toEqual(["GDPR", "UK", "CCPA", "NZ", "LGPD"]);
    expect(ORGANIZATION_REGIMES).toEqual(["DEFAULT", "GDPR", "UK", "CCPA", "NZ", "LGPD", "CUSTOM"]);
  });

  it("gives a CCPA opt-out of sale its own clock and every other request its law's", () => {
    expect(regimeForRequestType("CCPA", "OPT_OUT_SALE")).toBe("CCPA_OPT_OUT");
    expect(regimeForRequestType("CCPA", "ACCESS")).toBe("CCPA");
    expect(regimeForRequestType("GDPR", "OPT_OUT_SALE")).toBe("GDPR");
  });

  it("says each law's longest extension as the law does", () => {
    expect(extensionMaxInWords("GDPR")).toBe("2 months");
    expect(extensionMaxInWords("UK")).toBe("2 months");
    expect(extensionMaxInWords("CCPA")).toBe("45 calendar days");
    expect(extensionMaxInWords("NZ")).toBe("a reasonable period");
    expect(extensionMaxInWords("LGPD")).toBe("none");
  });
});
