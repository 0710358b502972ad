// Staff sign-in: password, the two-factor step, emailed sign-in links, two-factor setup for owners and
// "sign out everywhere" — against the built app and a real SMTP server. Each test uses its own demo
// account, so the tests can run in parallel.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { extractLinks, waitForEmail } from "./support/mailbox";
import { expectAccessible } from "./support/accessibility";

const INVALID = "Email or password is not right.";
const LINK_SENT = "If an account exists for that address, we have sent a sign-in link to it.";

async function fillSignIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel(/Email address/).fill(email);
  await page.getByLabel(/Password/).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** The email of this browser context's session according to next-auth, or null when signed out. */
async function sessionEmail(page: Page): Promise<string | null> {
  const response = await page.request.get("/api/auth/session");
  const body = (await response.json()) as { user?: { email?: string } };
  return body.user?.email ?? null;
}


// /dashboard sends a member of a single organization (every demo account) straight to its queue.
const DASHBOARD = /\/dashboard(\/[a-z0-9-]+\/queue)?$/;

async function signedInPage(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await fillSignIn(page, email, password);
  await expect(page).toHaveURL(DASHBOARD);
  return page;
}

test("an officer signs in with email and password and reaches the dashboard", async ({ page }) => {
  await fillSignIn(page, "officer@opsiq.example", "rightsdesk-officer");
  await expect(page).toHaveURL(DASHBOARD);
  expect(await sessionEmail(page)).toBe("officer@opsiq.example");
});

test("sign-in goes back to where the user was heading, but never to another site", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=%2Faccount%2Fsecurity");
  await page.getByLabel(/Email address/).fill("viewer@opsiq.example");
  await page.getByLabel(/Password/).fill("rightsdesk-viewer");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/account\/security$/);

  await page.context().clearCookies();
  await page.goto("/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await page.getByLabel(/Email address/).fill("viewer@opsiq.example");
  await page.getByLabel(/Password/).fill("rightsdesk-viewer");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/dashboard\/opsiq\/queue$/);
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  await fillSignIn(page, "officer@opsient.example", "not-the-password");
  const wrongPassword = page.getByRole("alert").filter({ hasText: INVALID });
  await expect(wrongPassword).toBeVisible();
  const wrongPasswordText = await wrongPassword.textContent();
  expect(await sessionEmail(page)).toBeNull();

  await fillSignIn(page, "nobody-here@opsient.example", "rightsdesk-officer");
  const unknownEmail = page.getByRole("alert").filter({ hasText: INVALID });
  await expect(unknownEmail).toBeVisible();
  expect(await unknownEmail.textContent()).toBe(wrongPasswordText);
  expect(await sessionEmail(page)).toBeNull();
  // The email stays; the password is cleared for the next try.
  await expect(page.getByLabel(/Email address/)).toHaveValue("nobody-here@opsient.example");
  await expect(page.getByLabel(/Password/)).toHaveValue("");
});

test("signing in with an emailed link, which works once", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Email me a sign-in link instead" }).click();
  // Wait for the link form itself: the password form has an "Email address" field too.
  await expect(page).toHaveURL(/method=link/);
  await page.waitForLoadState("networkidle");
  const linkForm = page.getByRole("form", { name: "Email me a sign-in link" });
  await expect(linkForm).toBeVisible();

  // An address without an account gets the same answer, and no email.
  await linkForm.getByLabel(/Email address/).fill("nobody-here@opsentry.example");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText(LINK_SENT)).toBeVisible();

  const requestedAt = new Date();
  await page.getByLabel(/Email address/).fill("officer@opsentry.example");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText(LINK_SENT)).toBeVisible();

  const email = await waitForEmail({ to: "officer@opsentry.example", subjectIncludes: "sign-in link", since: requestedAt });
  const link = extractLinks(email.text).find((l) => l.includes("/sign-in/link/"));
  expect(link, "the email holds a sign-in link").toBeTruthy();

  // Opening the link (as a mail scanner would) signs nobody in and uses nothing up.
  await page.goto(link!);
  await expect(page.getByText("You are signing in as officer@opsentry.example.")).toBeVisible();
  expect(await sessionEmail(page)).toBeNull();
  await page.reload();
  // "Continue" signs in through next-auth's client: wait until the page has loaded its scripts.
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(DASHBOARD);
  expect(await sessionEmail(page)).toBe("officer@opsentry.example");

  // Someone else opening the link afterwards cannot use it.
  await page.context().clearCookies();
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This sign-in link has been used");
  await page.getByRole("link", { name: "Email me a new sign-in link" }).click();
  await expect(page.getByRole("button", { name: "Email me a sign-in link" })).toBeVisible();
});

test("an owner must set up two-factor authentication, then signs in with password and code", async ({ page }) => {
  await fillSignIn(page, "admin@opsiq.example", "rightsdesk-admin");
  await expect(page).toHaveURL(/\/account\/security\?required=1/);
  await expect(page.getByText("Set up two-factor authentication to continue")).toBeVisible();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();

  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s+/g, "");
  const totp = new TOTP({ issuer: "Rightsdesk", algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });

  await page.getByLabel(/6-digit code/).fill("000000" === totp.generate() ? "111111" : "000000");
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByText(/That code is not right/)).toBeVisible();

  await page.getByLabel(/6-digit code/).fill(totp.generate());
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByText("Two-factor authentication is on").first()).toBeVisible();
  // This session stays valid.
  expect(await sessionEmail(page)).toBe("admin@opsiq.example");
  await expect(page.getByText(/cannot be turned off/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await sessionEmail(page)).toBeNull();

  await fillSignIn(page, "admin@opsiq.example", "rightsdesk-admin");
  await expect(page.getByRole("heading", { name: "Two-factor authentication" })).toBeVisible();
  expect(await sessionEmail(page)).toBeNull();
  await expectAccessible(page);
  // The code used to turn it on cannot be used again: take the next one (accepted one step ahead).
  await page.getByLabel(/6-digit code/).fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page).toHaveURL(DASHBOARD);
  expect(await sessionEmail(page)).toBe("admin@opsiq.example");
});

test("signing out everywhere ends the sessions of other browsers too", async ({ browser }) => {
  const here = await signedInPage(browser, "officer@opsduty.example", "rightsdesk-officer");
  const elsewhere = await signedInPage(browser, "officer@opsduty.example", "rightsdesk-officer");
  expect(await sessionEmail(elsewhere)).toBe("officer@opsduty.example");

  await here.goto("/account/security");
  await here.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(here).toHaveURL(/\/sign-in\?signedOut=everywhere/);
  await expect(here.getByText("You are signed out everywhere")).toBeVisible();
  expect(await sessionEmail(here)).toBeNull();

  expect(await sessionEmail(elsewhere)).toBeNull();
  await elsewhere.goto("/account/security");
  await expect(elsewhere).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount%2Fsecurity/);
  await Promise.all([here.context().close(), elsewhere.context().close()]);
});

test("signing out ends the session on the server: a copy of its cookie no longer gets in, other devices stay signed in", async ({ browser }) => {
  const page = await signedInPage(browser, "viewer@opscotch.example", "rightsdesk-viewer");
  const otherDevice = await signedInPage(browser, "viewer@opscotch.example", "rightsdesk-viewer");
  const copied = (await page.context().cookies()).filter((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(copied).toHaveLength(1);

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await sessionEmail(page)).toBeNull();

  // Someone who copied the cookie before the sign-out gets the sign-in page.
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/account/security");
  await expect(thiefPage).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount%2Fsecurity/);
  await expect(thiefPage.getByRole("heading", { level: 1 })).toHaveText(/sign in/i);
  expect(await sessionEmail(thiefPage)).toBeNull();

  expect(await sessionEmail(otherDevice)).toBe("viewer@opscotch.example");
  await Promise.all([page.context().close(), otherDevice.context().close(), thief.close()]);
});

test("the sign-in pages pass an accessibility scan", async ({ page }) => {
  await page.goto("/sign-in");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/sign-in?method=link");
  await expectAccessible(page);
  await page.goto(`/sign-in/link/${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We don't recognise this sign-in link");
  await expectAccessible(page);
});

test("the security page passes an accessibility scan", async ({ page }) => {
  await fillSignIn(page, "officer@opscotch.example", "rightsdesk-officer");
  await expect(page).toHaveURL(DASHBOARD);
  await page.goto("/account/security");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Security");
  await expectAccessible(page);
  await page.getByLabel(/6-digit code/).fill("12");
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByText("Enter the 6-digit code from your authenticator app.")).toBeVisible();
  await expectAccessible(page);
});
