// The request form an organization embeds in its own website: a plain HTML page on another origin, with
// only the documented script tag, files a request that the subject confirms by email and an officer then sees.
import http from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { confirmByEmail, officerOf, signIn } from "./support/staff";

const runId = Date.now().toString(36);
const subjectEmail = `embed-${runId}@example.com`;

// The organization's website: another origin (localhost, not 127.0.0.1) serving one static page.
let site: http.Server;
let siteUrl = "";

test.beforeAll(async ({ baseURL }) => {
  const page = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>OpsIQ — Privacy</title></head>
  <body>
    <main>
      <h1>Privacy at OpsIQ</h1>
      <p>Use the form below to ask us about your personal data.</p>
      <script src="${baseURL}/embed.js" data-organization="opsiq" async></script>
    </main>
  </body>
</html>`;
  site = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(page);
  });
  await new Promise<void>((resolve) => site.listen(0, "localhost", resolve));
  siteUrl = `http://localhost:${(site.address() as AddressInfo).port}/`;
});

test.afterAll(() => new Promise<void>((resolve) => site.close(() => resolve())));

test("a request sent from the form on the organization's own website reaches the officer's queue", async ({ page, browser, baseURL }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(siteUrl);
  const frameElement = page.getByTitle("Privacy request form");
  await expect(frameElement).toBeVisible();
  const form = page.frameLocator('iframe[title="Privacy request form"]');
  await expect(form.getByRole("heading", { level: 1, name: "Make a privacy request to OpsIQ" })).toBeVisible();
  await expect(form.getByRole("link", { name: /OpsIQ/ })).toHaveAttribute("target", "_blank");

  // The frame grows to the form: nothing is cut off, so the subject never scrolls inside a box.
  await expect
    .poll(async () => (await frameElement.boundingBox())?.height ?? 0, { message: "the frame is sized to the form" })
    .toBeGreaterThan(900);

  // A mistake is reported inside the frame, and nothing typed is lost.
  await form.getByLabel(/Your full name/).fill("Mere Embedded");
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(form.getByRole("alert").first()).toContainText("Enter your email address");
  await expect(form.getByLabel(/Your full name/)).toHaveValue("Mere Embedded");

  await form.getByRole("radio", { name: /Access my data/ }).check();
  await form.getByRole("radio", { name: /^I have an OpsIQ account/ }).check();
  await form.getByLabel(/Your email address/).fill(subjectEmail);
  await form.getByLabel(/Where do you live/).selectOption("US-CA");
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(form.getByRole("heading", { level: 1 })).toHaveText("Check your email to confirm");
  await expect(page).toHaveURL(siteUrl); // the organization's page stays where it was
  // The frame shrinks to the short confirmation.
  await expect.poll(async () => (await frameElement.boundingBox())?.height ?? 0).toBeLessThan(900);

  // The same confirmation by email as on the portal.
  const { reference } = await confirmByEmail(page, "opsiq", subjectEmail);

  const context = await browser.newContext({ baseURL });
  await signIn(context, officerOf("opsiq"));
  const officer = await context.newPage();
  await officer.goto(`/dashboard/opsiq/queue?q=${encodeURIComponent(subjectEmail)}`);
  await expect(officer.getByRole("rowheader", { name: reference })).toBeVisible();
  await officer.goto(`/dashboard/opsiq/requests/by-reference/${reference}`);
  await expect(officer.getByText("Form on the organization's website")).toBeVisible();
  await context.close();
  expect(dialogs).toEqual([]);
});

test("the embedded form may be framed by any site; every other page by none", async ({ request }) => {
  const embedded = await request.get("/embed/opsiq");
  expect(embedded.status()).toBe(200);
  expect(embedded.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embedded.headers()["x-frame-options"]).toBeUndefined();

  for (const path of ["/opsiq/request", "/sign-in", "/"]) {
    const response = await request.get(path);
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }

  const unknown = await request.get("/embed/no-such-org");
  expect(unknown.status()).toBe(404);
});

test("the embedded form has no WCAG 2 A/AA violations that axe can find", async ({ page }) => {
  await page.goto("/embed/opsiq");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
});
