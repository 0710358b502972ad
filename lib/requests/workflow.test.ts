import { describe, expect, it } from "vitest";
import { allowedActions, assertTransition, canTransition, TransitionError } from "./workflow";

const extendable = { canExtend: true };

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
    expect(allowedActions("NEW", "PROCESSOR", extendable)).toContain("forward");
    expect(allowedActions("NEW", "CONTROLLER", extendable)).not.toContain("forward");
  });

  it("offers nothing on a closed or unverified request", () => {
    expect(allowedActions("COMPLETED", "CONTROLLER", extendable)).toEqual([]);
    expect(allowedActions("PENDING_VERIFICATION", "CONTROLLER", extendable)).toEqual([]);
  });

  it("offers resume only while waiting on the subject", () => {
    expect(allowedActions("AWAITING_SUBJECT", "CONTROLLER", extendable)).toContain("resume");
    expect(allowedActions("AWAITING_SUBJECT", "CONTROLLER", extendable)).not.toContain("requestInfo");
    expect(allowedActions("IN_PROGRESS", "CONTROLLER", extendable)).not.toContain("resume");
  });

  it.each(["NEW", "IN_PROGRESS", "AWAITING_SUBJECT"] as const)("offers an extension on a %s request only when one can be given", (status) => {
    expect(allowedActions(status, "CONTROLLER", { canExtend: true })).toContain("extend");
    expect(allowedActions(status, "CONTROLLER", { canExtend: false })).not.toContain("extend");
  });
});
