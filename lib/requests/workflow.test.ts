import { describe, expect, it } from "vitest";
import { allowedActions, assertTransition, canTransition, TransitionError } from "./workflow";

describe("request workflow", () => {
  it.each([
    ["NEW", "IN_PROGRESS"],
    ["IN_PROGRESS", "AWAITING_SUBJECT"],
    ["AWAITING_SUBJECT", "IN_PROGRESS"],
    ["IN_PROGRESS", "COMPLETED"],
    ["IN_PROGRESS", "DENIED"],
    ["AWAITING_SUBJECT", "WITHDRAWN"],
  ] as const)("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each([
    ["PENDING_VERIFICATION", "IN_PROGRESS"],
    ["PENDING_VERIFICATION", "COMPLETED"],
    ["COMPLETED", "IN_PROGRESS"],
    ["DENIED", "COMPLETED"],
    ["WITHDRAWN", "NEW"],
    ["IN_PROGRESS", "NEW"],
  ] as const)("refuses %s → %s with a clear error", (from, to) => {
    expect(() => assertTransition(from, to)).toThrow(TransitionError);
    expect(() => assertTransition(from, to)).toThrow(/cannot become/);
  });

  it("offers forwarding only in the processor queue", () => {
    expect(allowedActions("NEW", "PROCESSOR")).toContain("forward");
    expect(allowedActions("NEW", "CONTROLLER")).not.toContain("forward");
  });

  it("offers nothing on a closed or unverified request", () => {
    expect(allowedActions("COMPLETED", "CONTROLLER")).toEqual([]);
    expect(allowedActions("PENDING_VERIFICATION", "CONTROLLER")).toEqual([]);
  });

  it("offers resume only while waiting on the subject", () => {
    expect(allowedActions("AWAITING_SUBJECT", "CONTROLLER")).toContain("resume");
    expect(allowedActions("AWAITING_SUBJECT", "CONTROLLER")).not.toContain("requestInfo");
    expect(allowedActions("IN_PROGRESS", "CONTROLLER")).not.toContain("resume");
  });
});
