// Owners and admins must use two-factor authentication: signing one in for a spec means setting it up on
// the security page once, as a person would. A demo owner's secret then exists only in that spec, so each
// spec that needs an owner uses a different organization's (auth.spec.ts: opsiq; settings.spec.ts: opscotch; members.spec.ts: opsduty;
// export.spec.ts: opsient; webhooks.spec.ts: opsentry).
import { expect, type Browser, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { signIn, type Account } from "./staff";

export const ownerOf = (slug: string): Account => ({ email: `admin@${slug}.example`, password: "rightsdesk-admin" });

/** A page signed in as `who`, an owner or admin without two-factor authentication yet, who sets it up now. */
export async function signInSettingUpTwoFactor(browser: Browser, baseURL: string, who: Account): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await signIn(context, who);
  const page = await context.newPage();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/account\/security\?required=1/);
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s+/g, "");
  const totp = new TOTP({ issuer: "Rightsdesk", algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });
  await page.getByLabel(/6-digit code/).fill(totp.generate());
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByText("Two-factor authentication is on").first()).toBeVisible();
  return page;
}
