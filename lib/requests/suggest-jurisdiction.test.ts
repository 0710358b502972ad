// The request form's suggestion of where the subject lives, from their browser's language only.
import { describe, expect, it } from "vitest";
import { suggestJurisdiction } from "./suggest-jurisdiction";

describe("suggestJurisdiction", () => {
  it.each([
    ["de-DE", "DE"],
    ["de-DE,de;q=0.9,en;q=0.8", "DE"],
    ["de-AT", "AT"],
    ["en-GB", "GB"],
    ["pt-BR", "BR"],
    ["fr-CA;q=0.5, en-NZ", "NZ"],
    ["nb-NO", "NO"],
  ])("suggests the region of the first language: %s → %s", (header, expected) => {
    expect(suggestJurisdiction(header)).toBe(expected);
  });

  it.each([
    ["a bare language", "de"],
    ["a bare language first, a region later", "de, en-GB;q=0.5"],
    ["the United States, whose law is decided by state", "en-US"],
    ["a region that is not a country", "es-419"],
    ["anything", "*"],
    ["nonsense", "not a language!!"],
    ["nothing", ""],
  ])("suggests nothing for %s (%s)", (_, header) => {
    expect(suggestJurisdiction(header)).toBeNull();
  });

  it("suggests nothing without the header", () => {
    expect(suggestJurisdiction(null)).toBeNull();
    expect(suggestJurisdiction(undefined)).toBeNull();
  });
});
