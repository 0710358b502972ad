import { describe, expect, it } from "vitest";
import { portalOfPath, safeReturnPath } from "./page-path";

describe("portalOfPath", () => {
  it("counts the front page and an organization's pages as the portal", () => {
    expect(portalOfPath("/")).toEqual({ isPortal: true, orgSlug: null });
    expect(portalOfPath("/opsiq/request?x=1")).toEqual({ isPortal: true, orgSlug: "opsiq" });
    expect(portalOfPath("/opsiq/status/abc")).toEqual({ isPortal: true, orgSlug: "opsiq" });
  });

  it("counts the embedded form as the portal of its organization", () => {
    expect(portalOfPath("/embed/opsiq")).toEqual({ isPortal: true, orgSlug: "opsiq" });
    expect(portalOfPath("/embed/opsiq/sent")).toEqual({ isPortal: true, orgSlug: "opsiq" });
  });

  it("keeps staff, sign-in and the app's own routes out of it", () => {
    for (const path of ["/dashboard/opsiq/queue", "/sign-in", "/account/security", "/invitations/t", "/dev/mailbox"]) {
      expect(portalOfPath(path), path).toEqual({ isPortal: false });
    }
  });
});

describe("safeReturnPath", () => {
  it("accepts a path on this site and nothing else", () => {
    expect(safeReturnPath("/opsiq/status/abc")).toBe("/opsiq/status/abc");
    for (const value of ["//evil.example", "https://evil.example", "/\\evil", "javascript:alert(1)", 42, "/a\nb"]) {
      expect(safeReturnPath(value), String(value)).toBe("/");
    }
  });
});
