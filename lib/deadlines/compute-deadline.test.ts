import { describe, expect, it } from "vitest";
import { computeDeadline } from "./index";

// Expected instants worked out by hand: the date 30 days on, 23:59:59.999 local, minus the zone's
// offset on that date.
describe("computeDeadline (default 30 days)", () => {
  it.each([
    // Verified 1 Nov 2026 in Auckland (NZDT, +13): due 1 Dec 23:59:59.999 +13 = 1 Dec 10:59:59.999Z.
    ["2026-10-31T20:00:00Z", "Pacific/Auckland", "2026-12-01T10:59:59.999Z"],
    // Verified 20 Mar 2026 in Auckland (NZDT +13); NZ leaves DST on 5 Apr, so 19 Apr is NZST +12.
    ["2026-03-20T01:00:00Z", "Pacific/Auckland", "2026-04-19T11:59:59.999Z"],
    // Verified 10 Mar 2026 in Oslo (CET +1); 9 Apr is CEST +2.
    ["2026-03-10T12:00:00Z", "Europe/Oslo", "2026-04-09T21:59:59.999Z"],
    // Late evening UTC is already the next day in Oslo: 31 Jan 23:30Z = 1 Feb 00:30 CET → 3 Mar.
    ["2026-01-31T23:30:00Z", "Europe/Oslo", "2026-03-03T22:59:59.999Z"],
    // Leap year: verified 30 Jan 2028 in London (GMT) → 29 Feb 2028.
    ["2028-01-30T09:00:00Z", "Europe/London", "2028-02-29T23:59:59.999Z"],
    // Los Angeles, across the November DST end: 20 Oct 2026 (PDT) → 19 Nov (PST, -8).
    ["2026-10-20T18:00:00Z", "America/Los_Angeles", "2026-11-20T07:59:59.999Z"],
  ])("verified %s in %s is due %s", (verifiedAt, timeZone, expected) => {
    expect(computeDeadline({ verifiedAt: new Date(verifiedAt), timeZone }).dueAt.toISOString()).toBe(expected);
  });

  it("honours the organization's own period", () => {
    const { dueAt } = computeDeadline({ verifiedAt: new Date("2026-06-01T12:00:00Z"), timeZone: "UTC", responseDays: 15 });
    expect(dueAt.toISOString()).toBe("2026-06-16T23:59:59.999Z");
  });

  it("refuses a period it cannot honour", () => {
    expect(() => computeDeadline({ verifiedAt: new Date(), timeZone: "UTC", responseDays: 0 })).toThrow(/between 1 and 365/);
  });
});
