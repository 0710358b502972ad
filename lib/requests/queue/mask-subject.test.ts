import { describe, expect, it } from "vitest";
import { maskEmail, maskName } from "./mask-subject";

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
