import { describe, expect, it } from "vitest";
import { maskEmail, maskName, maskSubjectInJson, maskSubjectText } from "./mask-subject";

describe("maskName", () => {
  it.each([
    ["Aroha Ngata", "A•••a N•••a"],
    ["  Aroha   Ngata ", "A•••a N•••a"],
    ["Jo Li", "J••• L•••"],
    ["Sam Lee", "S••• L•••"],
    ["Zoë Ōtākou-Smith", "Z••• Ō•••h"],
    ["Chloë Ōtākou-Smith", "C•••ë Ō•••h"],
    ["X", "X•••"],
    ["", "•••"],
  ])("%j → %j", (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it("does not give away the length of a name", () => {
    expect(maskName("Al")).toBe(maskName("An").replace("n", "l"));
    expect(maskName("Annabel").length).toBe(maskName("Abel").length);
  });
});

describe("maskEmail", () => {
  it.each([
    ["aroha@example.nz", "a•••@e•••.nz"],
    ["aroha.ngata@mail.example.co.nz", "a•••@m•••.nz"],
    ["x@y.com", "x•••@y•••.com"],
    ["root@localhost", "r•••@•••"],
    ["not-an-email", "•••"],
    ["@example.com", "•••"],
  ])("%j → %j", (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });

  it("never contains the address itself", () => {
    const email = "aroha@example.nz";
    expect(maskEmail(email)).not.toContain("aroha");
    expect(maskEmail(email)).not.toContain("example");
  });
});

describe("maskSubjectText and maskSubjectInJson", () => {
  const subject = { name: "Aroha Ngata", email: "aroha@example.nz" };

  it("masks the subject's email in any case and full name wherever they appear, and nothing else", () => {
    expect(maskSubjectText("From AROHA@example.nz: regards, Aroha Ngata (aroha@work.nz)", subject)).toBe(
      "From a•••@e•••.nz: regards, A•••a N•••a (aroha@work.nz)",
    );
    expect(maskSubjectText("Status: NEW", subject)).toBe("Status: NEW");
  });

  it("walks an audit record's JSON, and masks subjectEmail/subjectName keys whatever they hold", () => {
    const after = { status: "NEW", subjectEmail: "old@example.org", note: ["mail aroha@example.nz"], nested: { who: "Aroha Ngata", count: 2 } };
    expect(maskSubjectInJson(after, subject)).toEqual({
      status: "NEW",
      subjectEmail: "o•••@e•••.org",
      note: ["mail a•••@e•••.nz"],
      nested: { who: "A•••a N•••a", count: 2 },
    });
    expect(maskSubjectInJson(null, subject)).toBeNull();
  });

  it("leaves a name too short to say anything alone", () => {
    expect(maskSubjectText("Jo went home", { name: "Jo", email: "jo@example.nz" })).toBe("Jo went home");
  });
});
