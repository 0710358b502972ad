// What subjects are promised about time: the period of the law that applies to them, never one number for all.
import { describe, expect, it } from "vitest";
import { promisedLawFor, promisedLaws } from "./promised-law";

// OpsIQ's shape: its own 30 days, and the laws of the EU, the UK and California for the people they protect.
const org = { regime: "DEFAULT", regimes: ["GDPR", "UK", "CCPA"], responseDays: 30, responseBusinessDays: false } as const;

describe("promisedLawFor", () => {
  it.each([
    ["DE", "ACCESS", "GDPR", { count: 1, unit: "month" }],
    ["GB", "ACCESS", "UK", { count: 1, unit: "month" }],
    ["US-CA", "ACCESS", "CCPA", { count: 45, unit: "day" }],
    ["US-CA", "OPT_OUT_SALE", "CCPA_OPT_OUT", { count: 15, unit: "businessDay" }],
    // A law the organization does not apply, and a place without one, get its own rule.
    ["NZ", "ACCESS", "DEFAULT", { count: 30, unit: "day" }],
    ["JP", "ACCESS", "DEFAULT", { count: 30, unit: "day" }],
  ] as const)("%s, %s → %s", (jurisdiction, type, regime, period) => {
    expect(promisedLawFor({ ...org, regimes: [...org.regimes] }, { jurisdiction, type })).toEqual({ regime, period });
  });
});

describe("promisedLaws", () => {
  it("lists each law the organization applies with its own period, then everyone else", () => {
    expect(promisedLaws({ ...org, regimes: [...org.regimes] })).toEqual([
      { regime: "GDPR", period: { count: 1, unit: "month" } },
      { regime: "UK", period: { count: 1, unit: "month" } },
      { regime: "CCPA", period: { count: 45, unit: "day" } },
      { regime: null, period: { count: 30, unit: "day" } },
    ]);
  });

  it("is the organization's own period alone when it applies no law", () => {
    expect(promisedLaws({ regime: "CUSTOM", regimes: [], responseDays: 10, responseBusinessDays: true })).toEqual([
      { regime: null, period: { count: 10, unit: "businessDay" } },
    ]);
  });
});
