import { describe, expect, it } from "vitest";
import { exportFieldErrors, requestLogOptionsSchema, requestLogRangeSchema } from "./schemas";

describe("requestLogOptionsSchema", () => {
  it("reads a ticked box from the browser (true) and from an address (1 or on); anything else is unticked", () => {
    for (const identifiers of [true, "1", "on", ["1", "0"]]) {
      expect(requestLogOptionsSchema.parse({ format: "csv", identifiers }).identifiers).toBe(true);
    }
    for (const identifiers of [false, undefined, "0", "", "yes please"]) {
      expect(requestLogOptionsSchema.parse({ format: "ndjson", identifiers }).identifiers).toBe(false);
    }
  });

  it("accepts CSV and NDJSON only", () => {
    const result = requestLogOptionsSchema.safeParse({ format: "xlsx" });
    expect(result.success).toBe(false);
    expect(exportFieldErrors(result.error!)).toEqual({ format: "Choose CSV or NDJSON." });
  });
});

describe("requestLogRangeSchema", () => {
  it("takes two days, the first no later than the last", () => {
    expect(requestLogRangeSchema.parse({ format: "csv", from: "2026-01-01", to: "2026-01-01" })).toEqual({
      format: "csv",
      identifiers: false,
      from: "2026-01-01",
      to: "2026-01-01",
    });
  });

  it.each([
    [{ from: "", to: "2026-01-01" }, { from: "Enter the first day." }],
    [{ from: "2026-02-29", to: "2026-03-01" }, { from: "Enter the first day as a real date, such as 2026-01-31." }],
    [{ from: "01/02/2026", to: "2026-13-01" }, { from: "Enter the first day as a real date, such as 2026-01-31.", to: "Enter the last day as a real date, such as 2026-01-31." }],
    [{ from: "2026-05-02", to: "2026-05-01" }, { to: "The last day must be the first day or later." }],
  ])("explains what is wrong with %j", (dates, errors) => {
    const result = requestLogRangeSchema.safeParse({ format: "csv", ...dates });
    expect(result.success).toBe(false);
    expect(exportFieldErrors(result.error!)).toEqual(errors);
  });
});
