import { describe, expect, it } from "vitest";
import { fieldErrorsOf, requestSchemaFor } from "./schemas";

const schema = requestSchemaFor({
  requestTypes: ["ACCESS", "CORRECTION", "DELETION", "EXPORT"],
  relationships: [
    { key: "account", queue: "CONTROLLER" },
    { key: "website-visitor", queue: "PROCESSOR" },
  ],
});

const valid = {
  type: "ACCESS",
  relationship: "account",
  name: "Aroha Ngata",
  email: "  Aroha@Example.NZ ",
  jurisdiction: "NZ",
};

function errorsFor(input: Record<string, unknown>) {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("request form schema", () => {
  it("accepts a complete request and normalises the email", () => {
    const result = schema.parse({ ...valid, details: "" });
    expect(result.email).toBe("aroha@example.nz");
    expect(result.details).toBeUndefined();
  });

  it("explains each missing field in plain words", () => {
    const errors = errorsFor({});
    expect(errors.type).toEqual(["Choose what you would like us to do."]);
    expect(errors.relationship).toEqual(["Choose how you know this organization."]);
    expect(errors.name).toEqual(["Enter your name."]);
    expect(errors.email).toEqual(["Enter your email address."]);
    expect(errors.jurisdiction).toEqual(["Choose where you live."]);
  });

  it("rejects a malformed email address", () => {
    expect(errorsFor({ ...valid, email: "aroha.example.nz" }).email).toEqual(["Enter an email address like name@example.com."]);
  });

  it("refuses request types the organization does not offer", () => {
    expect(errorsFor({ ...valid, type: "OPT_OUT_SALE" }).type).toBeDefined();
  });

  it("refuses relationships of another organization", () => {
    expect(errorsFor({ ...valid, relationship: "someone-elses" }).relationship).toBeDefined();
  });

  it("asks processor-queue subjects to name the controller", () => {
    expect(errorsFor({ ...valid, relationship: "website-visitor" }).controllerName?.[0]).toMatch(/Name the website or company/);
    expect(errorsFor({ ...valid, relationship: "website-visitor", controllerName: "Kiwi Shoes" })).toEqual({});
  });

  it("asks what is wrong and what it should be for a correction", () => {
    const errors = errorsFor({ ...valid, type: "CORRECTION" });
    expect(errors.correctionWrong).toEqual(["Tell us which information is wrong."]);
    expect(errors.correctionRight).toEqual(["Tell us what it should say instead."]);
  });

  it("refuses an unknown jurisdiction and over-long text", () => {
    const errors = errorsFor({ ...valid, jurisdiction: "Atlantis", details: "x".repeat(5001) });
    expect(errors.jurisdiction).toEqual(["Choose where you live from the list."]);
    expect(errors.details).toEqual(["The details can be at most 5000 characters."]);
  });

  it("accepts US states as jurisdictions", () => {
    expect(errorsFor({ ...valid, jurisdiction: "US-CA" })).toEqual({});
  });
});
