// Organization settings, as an owner uses them: the deadline policy changed to a custom 10 days is what a
// request filed afterwards is due by; an accent colour and a logo appear on the portal; the page passes an
// accessibility scan; a viewer sees no Settings link and gets a 404 at its address. Opscotch's owner sets up
// two-factor authentication here (owners must), so the file runs in order with one signed-in owner.
import { deflateSync, crc32 } from "node:zlib";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { confirmByEmail, officerOf, signIn, viewerOf } from "./support/staff";
import { expectAccessible } from "./support/accessibility";

const ORG = "opscotch";
const OWNER = { email: `admin@${ORG}.example`, password: "rightsdesk-admin" };
const TIME_ZONE = "Pacific/Auckland";
const runId = Date.now().toString(36);

// A long form page: the accessibility scan alone takes a while on a busy machine.
test.describe.configure({ mode: "serial", timeout: 180_000 });

let owner: BrowserContext;
let page: Page;


/** Signs the owner in with their password and sets up two-factor authentication, as a new owner does. */
async function signInOwnerWithTwoFactor(target: Page) {
  await target.goto("/sign-in");
  await target.getByLabel(/Email address/).fill(OWNER.email);
  await target.getByLabel(/Password/).fill(OWNER.password);
  await target.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(target).toHaveURL(/\/account\/security\?required=1/, { timeout: 30_000 });
  const secret = (await target.getByTestId("totp-secret").textContent())!.replace(/\s+/g, "");
  const totp = new TOTP({ issuer: "Rightsdesk", algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });
  await target.getByLabel(/6-digit code/).fill(totp.generate());
  await target.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(target.getByText("Two-factor authentication is on").first()).toBeVisible();
}

/** Today in the organization's time zone plus `days`, as the request page ("9 December 2026") and the queue ("9 Dec 2026") write it. */
function dateInDays(days: number): { long: string; short: string } {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const [y, m, d] = today.split("-").map(Number);
  const due = new Date(Date.UTC(y!, m! - 1, d! + days));
  const format = (month: "long" | "short") => new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month, year: "numeric" }).format(due);
  return { long: format("long"), short: format("short") };
}

/** A solid-colour PNG, width × height, built by hand (signature, IHDR, one IDAT, IEND). */
function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}

function section(target: Page, name: string) {
  return target.getByRole("region", { name });
}

test.beforeAll(async ({ browser }) => {
  owner = await browser.newContext();
  page = await owner.newPage();
  await signInOwnerWithTwoFactor(page);
});

test.afterAll(async () => {
  await owner?.close();
});

test("an owner finds Settings in the workspace, and the page passes an accessibility scan", async () => {
  await page.goto(`/dashboard/${ORG}/queue`);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(`/dashboard/${ORG}/settings`);
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  for (const name of ["Profile", "Request intake", "Deadline policy"]) await expect(section(page, name)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/settings-page.png", fullPage: true });
  for (const [name, file] of [["Profile", "profile"], ["Request intake", "intake"], ["Deadline policy", "deadlines"]] as const) {
    await section(page, name).screenshot({ path: `/tmp/settings-${file}.png` });
  }
});

test("a wrong answer is refused next to its field and keeps everything typed", async () => {
  await page.goto(`/dashboard/${ORG}/settings`);
  const policy = section(page, "Deadline policy");
  await policy.getByLabel("Remind staff this many days before the due day").fill("7, soon");
  await policy.getByLabel("Download links work for").fill("14");
  await expect(policy.getByLabel("Status links work after closing for")).toHaveValue("90");
  await policy.getByLabel("Status links work after closing for").fill("0");
  await policy.getByRole("button", { name: "Save deadline policy" }).click();
  await expect(policy.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(policy.getByText(/Enter whole numbers of days from 0 to 90/).first()).toBeVisible();
  await expect(policy.getByText("How long status links work after closing must be between 1 and 730.").first()).toBeVisible();
  await expect(policy.getByLabel("Download links work for")).toHaveValue("14");
  await expectAccessible(page);
  // Nothing was saved.
  await page.reload();
  await expect(section(page, "Deadline policy").getByLabel("Download links work for")).toHaveValue("30");
});

test("a custom 10-day policy gives a request filed afterwards its due date 10 days out", async ({ browser }) => {
  await page.goto(`/dashboard/${ORG}/settings`);
  const policy = section(page, "Deadline policy");
  await policy.getByRole("radio", { name: /^Custom policy/ }).check();
  await policy.getByLabel(/Days to answer/).fill("10");
  // England and Wales by default; the UK bank holidays can be Scotland's.
  await expect(policy.getByRole("radio", { name: "England and Wales", exact: true })).toBeChecked();
  await policy.getByRole("radio", { name: "Scotland", exact: true }).check();
  await policy.getByRole("button", { name: "Save deadline policy" }).click();
  await expect(policy.getByText(/Saved\. Requests accepted from now on follow this policy/)).toBeVisible();
  await page.reload();
  await expect(section(page, "Deadline policy").getByRole("radio", { name: "Scotland", exact: true })).toBeChecked();
  await page.screenshot({ path: "/tmp/settings-deadline-saved.png", fullPage: false });

  // The portal now promises the new period.
  const subject = await browser.newPage();
  await subject.goto(`/${ORG}`);
  // Opscotch applies New Zealand's Act to the people it protects; everyone else gets the new period.
  await expect(subject.getByText("New Zealand Privacy Act 2020: we respond within 20 working days.")).toBeVisible();
  await expect(subject.getByText("Everyone else: we respond within 10 days.")).toBeVisible();

  // A person outside New Zealand (whose law Opscotch applies) gets the organization's own rule.
  const email = `settings-policy-${runId}@example.com`;
  await subject.goto(`/${ORG}/request`);
  await subject.getByRole("radio", { name: /Access my data/ }).check();
  await subject.getByRole("radio", { name: /^I contacted Opscotch/ }).check();
  await subject.getByLabel(/Your full name/).fill("Mia Campbell");
  await subject.getByLabel(/Your email address/).fill(email);
  await subject.getByLabel(/Where do you live/).selectOption("AU");
  await subject.getByRole("button", { name: "Send request" }).click();
  await expect(subject.getByRole("heading", { level: 1 })).toHaveText("Check your email to confirm");
  const { reference } = await confirmByEmail(subject, ORG, email);
  await subject.close();

  const due = dateInDays(10);
  await page.goto(`/dashboard/${ORG}/queue`);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: reference }) });
  await expect(row).toContainText(due.short);
  await expect(row).toContainText("in 10 days");
  await row.getByRole("link", { name: reference }).click();
  await expect(page.getByText(`Due ${due.long}`).first()).toBeVisible();
  await page.screenshot({ path: "/tmp/settings-request-due.png", fullPage: false });
});

test("the portal shows the accent colour and the uploaded logo", async ({ browser }) => {
  await page.goto(`/dashboard/${ORG}/settings`);
  const profile = section(page, "Profile");
  await profile.getByLabel(/Accent colour/).fill("#0B6E4F");
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(profile.getByText("Saved. It applies from now on.")).toBeVisible();

  await profile.getByLabel(/Logo file/).setInputFiles({ name: "opscotch.png", mimeType: "image/png", buffer: solidPng(120, 48, [11, 110, 79]) });
  await profile.getByRole("button", { name: "Upload the logo" }).click();
  await expect(profile.getByText("Logo saved. The portal shows it now.")).toBeVisible();
  await expect(profile.getByRole("img", { name: "Opscotch's current logo" })).toBeVisible();

  // An SVG is refused, whatever the browser says it is.
  await profile.getByLabel(/Logo file/).setInputFiles({
    name: "evil.svg",
    mimeType: "image/png",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await profile.getByRole("button", { name: "Replace the logo" }).click();
  await expect(profile.getByText(/must be a PNG or JPEG image/).first()).toBeVisible();

  // A context of its own: axe needs one.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/${ORG}`);
  const brand = visitor.locator(".org-brand");
  await expect(brand).toHaveCSS("border-top-color", "rgb(11, 110, 79)");
  const logo = brand.locator("img");
  await expect(logo).toHaveAttribute("src", new RegExp(`^/${ORG}/logo\\?v=[0-9a-f]{16}$`));
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(120);
  const served = await visitor.request.get(`/${ORG}/logo`);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  await expectAccessible(visitor);
  await visitor.screenshot({ path: "/tmp/settings-portal.png", fullPage: false });
  await visitorContext.close();
});

test("a signed-in user creates an organization, becomes its owner and lands in its settings", async () => {
  const slug = `kea-${runId}`;
  await page.goto("/dashboard/organizations/new");
  await expect(page.getByRole("heading", { level: 1, name: "Create an organization" })).toBeVisible();
  await page.getByLabel(/^Name/).fill("Kea Kitchens");
  await page.getByLabel(/^Portal address/).fill("dashboard");
  await page.getByLabel(/^Country/).selectOption("NZ");
  await page.getByLabel(/^Time zone/).selectOption("Pacific/Auckland");
  await page.getByRole("button", { name: "Create the organization" }).click();
  await expect(page.getByText("That address is used by Rightsdesk itself: choose another.").first()).toBeVisible();
  await expect(page.getByLabel(/^Name/)).toHaveValue("Kea Kitchens");
  await expectAccessible(page);

  await page.getByLabel(/^Portal address/).fill(slug);
  await page.getByRole("button", { name: "Create the organization" }).click();
  await expect(page).toHaveURL(`/dashboard/${slug}/settings?created=1`, { timeout: 30_000 });
  await expect(page.getByText("Kea Kitchens is ready")).toBeVisible();
  // The workspace frame knows the new organization at once.
  await expect(page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");
  await page.screenshot({ path: "/tmp/settings-created.png", fullPage: false });

  // Their organizations now list it, with their role.
  await page.goto("/dashboard");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Kea Kitchens" }) });
  await expect(card).toContainText("Your role: Owner");

  await page.goto(`/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Kea Kitchens" })).toBeVisible();
  // A New Zealand organization applies the Privacy Act to New Zealanders, its own 30 days to everyone else.
  await expect(page.getByText("New Zealand Privacy Act 2020: we respond within 20 working days.")).toBeVisible();
  await expect(page.getByText("Everyone else: we respond within 30 days.")).toBeVisible();
});

test("a viewer and an officer see no Settings link, and the settings address is a 404 for them", async ({ browser }) => {
  for (const account of [viewerOf(ORG), officerOf(ORG)]) {
    const context = await browser.newContext();
    await signIn(context, account);
    const other = await context.newPage();
    await other.goto(`/dashboard/${ORG}/queue`);
    const nav = other.getByRole("navigation", { name: "Workspace" });
    await expect(nav.getByRole("link", { name: "Queue" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Settings" })).toHaveCount(0);
    const response = await other.goto(`/dashboard/${ORG}/settings`);
    expect(response?.status(), account.email).toBe(404);
    await expect(other.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
    await context.close();
  }
});
