// The free-text primitive: which characters it refuses, with which message, and that it chains like z.string().
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { createApiKeySchema } from "@/lib/api-keys/schemas";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { newAccountSchema } from "@/lib/members/schemas";
import { createOrganizationSchema, customerSchema, profileSchema, relationshipSchema } from "@/lib/organizations/settings-schemas";
import { completeSchema, denySchema, forwardSchema, intakeExtrasSchema, noteSchema, withdrawSchema } from "@/lib/requests/action-schemas";
import { endpointSchema } from "@/lib/webhooks/schemas";
import { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters, plainText } from "./plain-text";

const C0 = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code));
const ALLOWED_C0 = ["\t", "\n", "\r"];

describe("plainText", () => {
  it.each(C0.filter((c) => !ALLOWED_C0.includes(c)).map((c) => [`U+${c.charCodeAt(0).toString(16).padStart(4, "0")}`, c]))(
    "refuses %s with the control-character message",
    (_name, character) => {
      const result = plainText().safeParse(`before${character}after`);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toEqual([CONTROL_CHARACTERS_MESSAGE]);
    },
  );

  it("refuses DEL (U+007F), invisible like the C0 controls", () => {
    expect(plainText().safeParse("a\u007fb").success).toBe(false);
  });

  it.each([
    ["a lone high surrogate", "lone \uD800 surrogate"],
    ["a lone low surrogate", "\uDFFF trailing"],
    ["a high surrogate at the end", "end\uD83D"],
    ["two high surrogates", "\uD83D\uD83D"],
  ])("refuses %s", (_what, text) => {
    expect(plainText().safeParse(text).error?.issues.map((i) => i.message)).toEqual([CONTROL_CHARACTERS_MESSAGE]);
  });

  it("keeps tab, line breaks, emoji (surrogate pairs), other scripts and invisible Unicode that is not a control as typed", () => {
    const text = "Line one\r\nLine two\tTabbed — 😀👩‍👩‍👧‍👦 مرحبا Ａｄｍｉｎ e\u0301 \u200B\uFEFF";
    expect(plainText().parse(text)).toBe(text);
    expect(hasControlCharacters(text)).toBe(false);
  });

  it("says only the control-character message, even when the text is also too long or blank after trimming", () => {
    const schema = plainText({ error: "Enter a note." }).trim().min(1, "Enter a note.").max(5, "Too long.");
    expect(schema.safeParse("\u0000\u0000\u0000\u0000\u0000\u0000\u0000").error?.issues.map((i) => i.message)).toEqual([CONTROL_CHARACTERS_MESSAGE]);
    expect(schema.safeParse("  hi  ").data).toBe("hi");
    expect(schema.safeParse(42).error?.issues.map((i) => i.message)).toEqual(["Enter a note."]);
  });

  it("speaks the caller's language when given its message", () => {
    expect(plainText({ controlCharacters: "Entfernen Sie die Steuerzeichen." }).safeParse("a\u0000").error?.issues[0]?.message).toBe("Entfernen Sie die Steuerzeichen.");
  });
});

describe("every schema that takes free text", () => {
  const cases: [string, z.ZodType, string][] = [
    ["a new account's name", newAccountSchema, "name"],
    ["an API key's name", createApiKeySchema, "name"],
    ["a webhook's description", endpointSchema, "description"],
    ["a webhook's address", endpointSchema, "url"],
    ["the organization's name", profileSchema, "name"],
    ["the organization's tagline", profileSchema, "tagline"],
    ["the postal address", profileSchema, "postalAddress"],
    ["the list of laws", profileSchema, "laws"],
    ["the website", profileSchema, "website"],
    ["a relationship's label", relationshipSchema, "label"],
    ["a relationship's description", relationshipSchema, "description"],
    ["a customer's name", customerSchema, "name"],
    ["a new organization's name", createOrganizationSchema, "name"],
    ["a denial's reason", denySchema, "reason"],
    ["a completion's message", completeSchema, "message"],
    ["a forward's note", forwardSchema, "note"],
    ["a withdrawal's reason", withdrawSchema, "reason"],
    ["a staff note", noteSchema, "note"],
    ["an identity note", intakeExtrasSchema, "identityNote"],
    ["the audit log's actor filter", auditFiltersSchema, "actor"],
  ];

  it.each(cases)("refuses a NUL in %s, next to that field", (_what, schema, field) => {
    const result = schema.safeParse({ [field]: "https://example.com/a\u0000b" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.filter((i) => i.path[0] === field).map((i) => i.message)).toEqual([CONTROL_CHARACTERS_MESSAGE]);
  });
});
