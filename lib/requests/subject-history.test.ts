import { describe, expect, it } from "vitest";
import { EVENT } from "./events";
import { describeSubjectEvent } from "./subject-history";

const context = { organizationName: "Acme", timeZone: "Europe/Oslo", reference: "ACME-2026-000001", controllerName: null, channel: "WEB" };
const at = new Date("2026-11-26T10:00:00Z");

describe("describeSubjectEvent", () => {
  it("words an entry in the page's language from its kind and data, dates included", () => {
    const extended = { kind: EVENT.EXTENDED, actor: "STAFF", message: "English", at, data: { months: 2, reason: "Viel Arbeit", dueAt: "2027-03-26T10:00:00Z", periodUnit: "month" } };
    expect(describeSubjectEvent("de", extended, context)).toBe(
      "Acme hat die Frist für die Antwort auf Ihre Anfrage um 2 Monate bis zum 26. März 2027 verlängert. Begründung:\nViel Arbeit",
    );
    expect(describeSubjectEvent("fr", extended, context)).toContain("jusqu’au 26 mars 2027");
  });

  it("words a completion with its files and the staff's own message as written", () => {
    const completed = { kind: EVENT.COMPLETED, actor: "STAFF", message: "English", at, data: { outcome: "FULFILLED", files: 2, message: "Here you go.", availableUntil: "2026-12-26T10:00:00Z" } };
    expect(describeSubjectEvent("nb", completed, context)).toBe(
      "Acme har fullført henvendelsen din.\nHere you go.\n2 filer er klar til nedlasting fra statussiden din til 26. desember 2026.",
    );
  });

  it("words the confirmation of a recorded request by how it came in", () => {
    const recorded = { kind: EVENT.VERIFIED, actor: "STAFF", message: "English", at, data: {} };
    expect(describeSubjectEvent("es", recorded, { ...context, channel: "PHONE" })).toContain("por teléfono");
  });

  it("shows the stored sentence of an entry whose data lacks what its words need", () => {
    const old = { kind: EVENT.EXTENDED, actor: "STAFF", message: "Acme extended the time (stored).", at, data: { months: 2 } };
    expect(describeSubjectEvent("de", old, context)).toBe("Acme extended the time (stored).");
    expect(describeSubjectEvent("de", { ...old, kind: "request.unknown" }, context)).toBe("Acme extended the time (stored).");
  });
});
