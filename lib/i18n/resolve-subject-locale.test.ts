import { describe, expect, it } from "vitest";
import { resolveSubjectLocale } from "./resolve-subject-locale";

describe("resolveSubjectLocale", () => {
  it("takes the subject's explicit choice over the browser and the organization", () => {
    expect(resolveSubjectLocale({ chosen: "fr", acceptLanguage: "de-DE,de;q=0.9", organizationLocale: "nb" })).toBe("fr");
  });

  it("ignores a chosen value that is not one of the six", () => {
    expect(resolveSubjectLocale({ chosen: "xx", acceptLanguage: "es-MX", organizationLocale: "nb" })).toBe("es");
  });

  it("takes the browser's best match in order of preference", () => {
    expect(resolveSubjectLocale({ acceptLanguage: "ja;q=0.9,de;q=0.8,fr;q=0.7" })).toBe("de");
    expect(resolveSubjectLocale({ acceptLanguage: "fr;q=0.5, es;q=0.9" })).toBe("es");
    expect(resolveSubjectLocale({ acceptLanguage: "en-US,en;q=0.9", organizationLocale: "de" })).toBe("en");
  });

  it("reads Norwegian as bokmål and Portuguese as Brazilian Portuguese", () => {
    expect(resolveSubjectLocale({ acceptLanguage: "no" })).toBe("nb");
    expect(resolveSubjectLocale({ acceptLanguage: "nn-NO" })).toBe("nb");
    expect(resolveSubjectLocale({ acceptLanguage: "nb-NO,nb;q=0.9" })).toBe("nb");
    expect(resolveSubjectLocale({ acceptLanguage: "pt-PT" })).toBe("pt-BR");
    expect(resolveSubjectLocale({ acceptLanguage: "PT-br" })).toBe("pt-BR");
  });

  it("skips languages refused with q=0 and the wildcard", () => {
    expect(resolveSubjectLocale({ acceptLanguage: "de;q=0, *", organizationLocale: "fr" })).toBe("fr");
  });

  it("falls back to the organization's language, then English", () => {
    expect(resolveSubjectLocale({ acceptLanguage: "ja,zh", organizationLocale: "pt-BR" })).toBe("pt-BR");
    expect(resolveSubjectLocale({ acceptLanguage: null, organizationLocale: null })).toBe("en");
    expect(resolveSubjectLocale({ acceptLanguage: "", organizationLocale: "klingon" })).toBe("en");
  });
});
