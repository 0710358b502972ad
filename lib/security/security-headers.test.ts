// The header builder proxy.ts uses on every response.
import { describe, expect, it } from "vitest";
import { buildSecurityHeaders, HSTS_VALUE, newNonce } from "./security-headers";

const page = { pathname: "/opsiq/request", nonce: "bm9uY2Utbm9uY2Utbm9uY2U=", isHttps: false, isDevServer: false };

function directives(csp: string): Map<string, string> {
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+(.*)/).slice(0, 2) as [string, string]));
}

describe("buildSecurityHeaders", () => {
  it("allows scripts only by this response's nonce, never inline or eval, in production", () => {
    const csp = directives(buildSecurityHeaders(page)["Content-Security-Policy"]!);
    expect(csp.get("script-src")).toBe("'self' 'nonce-bm9uY2Utbm9uY2Utbm9uY2U=' 'strict-dynamic'");
    expect(csp.get("default-src")).toBe("'self'");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'self'");
    expect(csp.get("form-action")).toBe("'self'");
    expect(csp.get("img-src")).toBe("'self' data:");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("adds 'unsafe-eval' for the development server only", () => {
    expect(buildSecurityHeaders({ ...page, isDevServer: true })["Content-Security-Policy"]).toContain("'unsafe-eval'");
    expect(buildSecurityHeaders(page)["Content-Security-Policy"]).not.toContain("unsafe-eval");
  });

  it("forbids framing everywhere except the embeddable form", () => {
    expect(buildSecurityHeaders(page)["X-Frame-Options"]).toBe("DENY");
    const embed = buildSecurityHeaders({ ...page, pathname: "/embed/opsiq" });
    expect(directives(embed["Content-Security-Policy"]!).get("frame-ancestors")).toBe("*");
    expect(embed["X-Frame-Options"]).toBeUndefined();
    // A look-alike path is not the embed.
    expect(buildSecurityHeaders({ ...page, pathname: "/embedded/opsiq" })["X-Frame-Options"]).toBe("DENY");
  });

  it("sends HSTS and upgrades insecure requests only when the app is served over https", () => {
    const https = buildSecurityHeaders({ ...page, isHttps: true });
    expect(https["Strict-Transport-Security"]).toBe(HSTS_VALUE);
    expect(https["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    expect(buildSecurityHeaders(page)["Strict-Transport-Security"]).toBeUndefined();
  });

  it("keeps the other headers", () => {
    const headers = buildSecurityHeaders(page);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("same-origin");
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });
});

describe("newNonce", () => {
  it("is 128 random bits, different every time", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(a).not.toBe(newNonce());
  });
});
