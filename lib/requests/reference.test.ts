import { describe, expect, it } from "vitest";
import { REFERENCE_PATTERN, formatReference, referencePrefix } from "./reference";

describe("request references", () => {
  it("formats the organization prefix, year and a six-digit sequence", () => {
    expect(formatReference("opsiq", 2026, 123)).toBe("OPSIQ-2026-000123");
    expect(formatReference("opsiq", 2026, 1_234_567)).toBe("OPSIQ-2026-1234567");
  });

  it("builds a prefix from any slug", () => {
    expect(referencePrefix("acme-corp-international-holdings")).toBe("ACMECORPINTE");
    expect(REFERENCE_PATTERN.test(formatReference("t-3f9a", 2027, 1))).toBe(true);
  });

  it("refuses a sequence below one", () => {
    expect(() => formatReference("opsiq", 2026, 0)).toThrow(RangeError);
  });
});
