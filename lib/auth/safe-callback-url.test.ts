import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

describe("where sign-in leads", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackUrl("/dashboard/opsiq/queue?status=NEW")).toBe("/dashboard/opsiq/queue?status=NEW");
    expect(safeCallbackUrl("/account/security")).toBe("/account/security");
  });

  it("sends everything else to the dashboard", () => {
    for (const value of [
      undefined,
      "",
      "https://evil.example/",
      "//evil.example/",
      "/\\evil.example",
      "/%0d%0a".replace("%0d%0a", "\r\n"),
      "javascript:alert(1)",
      "dashboard",
      "/sign-in",
      "/sign-in/link/abc",
      "/sign-in?callbackUrl=/x",
    ]) {
      expect(safeCallbackUrl(value), String(value)).toBe("/dashboard");
    }
    expect(safeCallbackUrl("/sign-ins-report")).toBe("/sign-ins-report");
  });
});
