import { describe, expect, it } from "vitest";
import { isAcceptableCallbackUrl, screenAuthRequest } from "./screen-auth-request";

const APP = "http://localhost:3000";
const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  new Request(`${APP}/api/auth/callback/password`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
  });

describe("screenAuthRequest", () => {
  it("lets a sign-in form through, body intact", async () => {
    const screened = await screenAuthRequest(form({ csrfToken: "t", email: "a@example.com", password: "p", callbackUrl: "/dashboard" }));
    expect(screened.ok).toBe(true);
    if (screened.ok) expect(new URLSearchParams(await screened.request.text()).get("email")).toBe("a@example.com");
  });

  it("refuses a callback address that no header could carry", async () => {
    for (const callbackUrl of ["//evil.example", "javascript:alert(1)", "/\u0007red", "/caf\u00e9", "__proto__", "x".repeat(3000)]) {
      const screened = await screenAuthRequest(form({ csrfToken: "t", callbackUrl }));
      expect(screened, callbackUrl).toMatchObject({ ok: false, status: 400 });
    }
  });

  it("refuses a body that is not a form, and a junk error code", async () => {
    const json = new Request(`${APP}/api/auth/signout`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(await screenAuthRequest(json)).toMatchObject({ ok: false, status: 415 });
    const error = new Request(`${APP}/api/auth/error?error=${encodeURIComponent("\u001b[31mred")}`);
    expect(await screenAuthRequest(error)).toMatchObject({ ok: false, status: 400 });
    expect((await screenAuthRequest(new Request(`${APP}/api/auth/error?error=CredentialsSignin`))).ok).toBe(true);
  });

  it("clears a tampered callback-url cookie instead of letting next-auth fail on it", async () => {
    const request = new Request(`${APP}/api/auth/session`, { headers: { cookie: `a=1; next-auth.callback-url=${encodeURIComponent("__proto__")}` } });
    expect(await screenAuthRequest(request)).toMatchObject({ ok: false, status: 400, clearCookies: ["next-auth.callback-url"] });
    const fine = new Request(`${APP}/api/auth/session`, { headers: { cookie: `next-auth.callback-url=${encodeURIComponent(`${APP}/dashboard`)}` } });
    expect((await screenAuthRequest(fine)).ok).toBe(true);
  });
});

describe("isAcceptableCallbackUrl", () => {
  it("takes paths and http(s) addresses (where they may lead is next-auth's redirect rule's business)", () => {
    expect(isAcceptableCallbackUrl("/dashboard/opsiq/queue?x=1")).toBe(true);
    expect(isAcceptableCallbackUrl(`${APP}/dashboard`)).toBe(true);
    expect(isAcceptableCallbackUrl("ftp://localhost/x")).toBe(false);
  });
});
