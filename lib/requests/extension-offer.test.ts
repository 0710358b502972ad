// Which requests offer staff an extension, and the sentence the page shows instead when none can be given.
import { describe, expect, it } from "vitest";
import { extensionOffer } from "./extension-offer";
import { allowedActions } from "./workflow";

const org = { timeZone: "Europe/Berlin", extensionMaxDays: 30 };
const request = (fields: Partial<Parameters<typeof extensionOffer>[0]> = {}): Parameters<typeof extensionOffer>[0] => ({
  regime: "GDPR",
  clockStart: "VERIFICATION",
  customDays: null,
  customBusinessDays: null,
  holidayRegion: null,
  receivedAt: new Date("2026-03-02T09:00:00Z"),
  verifiedAt: new Date("2026-03-02T09:05:00Z"),
  extendedAt: null,
  extensionDays: null,
  extensionMonths: null,
  ...fields,
});

/** What the request page offers an officer for an open request. */
const actionsFor = (r: Parameters<typeof extensionOffer>[0], o = org) =>
  allowedActions("IN_PROGRESS", "CONTROLLER", { canExtend: extensionOffer(r, o).isAvailable });

describe("extensionOffer", () => {
  it("offers GDPR and UK requests up to 2 months", () => {
    for (const regime of ["GDPR", "UK"] as const) {
      expect(extensionOffer(request({ regime }), org)).toEqual({ isAvailable: true, limit: { unit: "months", max: 2 } });
      expect(actionsFor(request({ regime }))).toContain("extend");
    }
  });

  it("offers CCPA 45 calendar days, and DEFAULT the organization's maximum", () => {
    expect(extensionOffer(request({ regime: "CCPA" }), org)).toEqual({ isAvailable: true, limit: { unit: "days", max: 45, unitWord: "calendar days", periodUnit: "calendarDay" } });
    expect(extensionOffer(request({ regime: "DEFAULT" }), { ...org, extensionMaxDays: 12 })).toEqual({
      isAvailable: true,
      limit: { unit: "days", max: 12, unitWord: "calendar days", periodUnit: "calendarDay" },
    });
  });

  it("hides the action for LGPD and a CCPA opt-out, and says the law gives none", () => {
    expect(extensionOffer(request({ regime: "LGPD" }), org)).toEqual({ isAvailable: false, reason: "LGPD provides no extension of the response period." });
    expect(actionsFor(request({ regime: "LGPD" }))).not.toContain("extend");
    expect(extensionOffer(request({ regime: "CCPA_OPT_OUT" }), org)).toMatchObject({ isAvailable: false, reason: expect.stringMatching(/no extension/) });
    expect(actionsFor(request({ regime: "CCPA_OPT_OUT" }))).not.toContain("extend");
  });

  it("hides the action where the organization gives no extension of its own period", () => {
    const noExtension = { ...org, extensionMaxDays: 0 };
    for (const fields of [{ regime: "DEFAULT" as const }, { regime: "CUSTOM" as const, customDays: 20, customBusinessDays: false }]) {
      expect(extensionOffer(request(fields), noExtension)).toEqual({ isAvailable: false, reason: "The organization does not extend this period." });
      expect(actionsFor(request(fields), noExtension)).not.toContain("extend");
    }
    // The law's own extension does not depend on the organization's setting.
    expect(actionsFor(request({ regime: "GDPR" }), noExtension)).toContain("extend");
  });

  it("hides the action once a request was extended, and says when", () => {
    const extended = request({ extendedAt: new Date("2026-03-20T23:30:00Z"), extensionMonths: 1 });
    // 23:30 UTC on 20 March is already 21 March in Berlin.
    expect(extensionOffer(extended, org)).toEqual({ isAvailable: false, reason: "A request can be extended once; it was extended on 21 March 2026." });
    expect(actionsFor(extended)).not.toContain("extend");
  });
});
