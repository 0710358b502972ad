import { describe, expect, it } from "vitest";
import { auditHref, parseAuditView } from "./schemas";

describe("parseAuditView", () => {
  it("reads the filters from an address, tidied: addresses and actions in lower case, references in upper", () => {
    expect(parseAuditView(new URLSearchParams("actor=%20Ana@Example.COM%20&action=Request.&request=opsiq-2026-000123&from=2026-01-01&to=2026-01-31"))).toEqual({
      ok: true,
      filters: { actor: "ana@example.com", action: "request", request: "OPSIQ-2026-000123", from: "2026-01-01", to: "2026-01-31" },
      after: null,
      before: null,
    });
  });

  it("takes one direction of paging, forward first, and ignores cursors it did not write", () => {
    expect(parseAuditView({ after: "abc", before: "def" })).toMatchObject({ ok: true, after: "abc", before: null });
    expect(parseAuditView({ before: "not a cursor!" })).toMatchObject({ ok: true, after: null, before: null });
  });

  it("says what is wrong with each filter and keeps what was typed", () => {
    const view = parseAuditView({ request: "12345", from: "2026-02-30", to: "2026-01-01", action: "drop table;" });
    expect(view).toEqual({
      ok: false,
      values: { actor: "", action: "drop table;", request: "12345", from: "2026-02-30", to: "2026-01-01" },
      fieldErrors: {
        action: "Enter an action such as request.assign, or a family such as request.",
        request: "Enter a whole reference: its letters, year and number.",
        from: "Enter the first day as a real date, such as 2026-01-31.",
      },
    });
    expect(parseAuditView({ from: "2026-03-01", to: "2026-02-01" })).toMatchObject({
      ok: false,
      fieldErrors: { to: "The last day must be the first day or later." },
    });
  });
});

describe("auditHref", () => {
  it("leaves out empty filters", () => {
    expect(auditHref("opsiq", { actor: "", action: "request", from: "2026-01-01" })).toBe("/dashboard/opsiq/audit?action=request&from=2026-01-01");
    expect(auditHref("opsiq", {}, { after: "xyz" })).toBe("/dashboard/opsiq/audit?after=xyz");
  });
});
