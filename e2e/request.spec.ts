// A data subject files a request on each demo organization's portal, confirms it from the real email,
// and follows it on the private status page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoOrganizations } from "../prisma/seed-data/organizations";
import { extractLinks, waitForEmail } from "./support/mailbox";

const runId = Date.now().toString(36);

async function fillCommonFields(page: Page, email: string) {
  await page.getByLabel(/Your full name/).fill("Aroha Ngata");
  await page.getByLabel(/Your email address/).fill(email);
}

for (const org of demoOrganizations) {
  // The processor relationship where the organization has one: the harder path.
  const relationship = org.relationships.find((r) => r.queue === "PROCESSOR") ?? org.relationships[0]!;
  const queueName = relationship.queue === "PROCESSOR" ? "Processor queue" : "Controller queue";

  test(`${org.name}: file a ${relationship.queue.toLowerCase()} request, confirm it by email, follow it`, async ({ page }) => {
    const email = `subject-${org.slug}-${runId}@example.com`;
    await page.goto(`/${org.slug}`);
    await page.getByRole("link", { name: /Make a request/ }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Make a privacy request to ${org.name}`);

    await page.getByRole("radio", { name: /Access my data/ }).check();
    await page.getByRole("radio", { name: new RegExp(`^${relationship.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }).check();
    if (relationship.queue === "PROCESSOR") {
      await page.getByLabel(new RegExp(relationship.controllerPrompt!.replace(/[?]/g, "\\?"))).fill("Kiwi Shoes Ltd");
    }
    await fillCommonFields(page, email);
    await page.getByLabel(/Where do you live/).selectOption(org.defaultJurisdiction);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email to confirm");

    const verification = await waitForEmail({ to: email, subjectIncludes: "Confirm your privacy request" });
    const verifyLink = extractLinks(verification.text).find((l) => l.includes(`/${org.slug}/verify/`));
    expect(verifyLink, "the email holds a verification link").toBeTruthy();

    await page.goto(verifyLink!);
    await expect(page.getByText("Thank you, your request is confirmed")).toBeVisible();
    const prefix = org.slug.toUpperCase();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^Request ${prefix}-\\d{4}-\\d{6}$`));
    await expect(page.getByText("Verified / new")).toBeVisible();
    await expect(page.getByText(queueName)).toBeVisible();
    await expect(page.getByText(`${org.name} must answer by`)).toBeVisible();
    await expect(page.getByText(/Email address confirmed/)).toBeVisible();
    if (relationship.queue === "PROCESSOR") await expect(page.getByText("Processor queue (on behalf of Kiwi Shoes Ltd)")).toBeVisible();

    // The private link is emailed too, and it is the page the subject is on.
    const confirmation = await waitForEmail({ to: email, subjectIncludes: "is confirmed" });
    const statusLink = extractLinks(confirmation.text).find((l) => l.includes(`/${org.slug}/status/`));
    expect(page.url().split("?")[0]).toBe(statusLink);

    // The verification link works once.
    await page.goto(verifyLink!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This request is already confirmed");
  });
}

test("the form explains mistakes next to each field and keeps what was typed", async ({ page }) => {
  await page.goto("/opsiq/request");
  await page.getByLabel(/Your full name/).fill("Sam Lee");
  await page.getByLabel(/Your email address/).fill("sam.example.com");
  await page.getByRole("button", { name: "Send request" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(page.getByText("Choose what you would like us to do.").first()).toBeVisible();
  await expect(page.getByText("Enter an email address like name@example.com.").first()).toBeVisible();
  await expect(page.getByLabel(/Your email address/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(/Your full name/)).toHaveValue("Sam Lee");

  // A correction needs what is wrong and what it should be; those questions appear when it is chosen.
  await expect(page.getByLabel(/Which information is wrong/)).toBeHidden();
  await page.getByRole("radio", { name: /Correct my data/ }).check();
  await expect(page.getByLabel(/Which information is wrong/)).toBeVisible();
});

test.describe("where the subject lives is never assumed", () => {
  test("a German browser gets Germany suggested, and the page after sending names the GDPR and its month", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto("/opsiq/request");
    await expect(page.locator("#jurisdiction")).toHaveValue("DE");
    await expect(page.locator("#jurisdiction option:checked")).toHaveText("Deutschland");
    await context.close();
  });

  test("an en-US browser gets an empty field, sending it empty is refused, and the law of the place chosen is named", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    const email = `nowhere-${runId}@example.com`;
    await page.goto("/opsiq/request");
    await expect(page.locator("#jurisdiction")).toHaveValue("");
    await expect(page.locator("#jurisdiction option:checked")).toHaveText("Choose a country or US state");
    // The portal states the period of each law OpsIQ applies, not one number for all.
    await expect(page.getByText("EU General Data Protection Regulation (GDPR): we respond within one month.")).toBeVisible();
    await expect(page.getByText("California Consumer Privacy Act (CCPA): we respond within 45 days.")).toBeVisible();
    await expect(page.getByText("Everyone else: we respond within 30 days.")).toBeVisible();

    await page.getByRole("radio", { name: /Access my data/ }).check();
    await page.getByRole("radio", { name: /^I have an OpsIQ account/ }).check();
    await fillCommonFields(page, email);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByText("Choose where you live.").first()).toBeVisible();
    await expect(page.locator("#jurisdiction")).toHaveAttribute("aria-invalid", "true");

    await page.locator("#jurisdiction").selectOption("DE");
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email to confirm");
    await expect(page.getByText("The law that applies to your request: EU General Data Protection Regulation (GDPR). OpsIQ must answer within one month.")).toBeVisible();
    const verification = await waitForEmail({ to: email, subjectIncludes: "Confirm your privacy request" });
    expect(verification.text).toContain("The law that applies to your request: EU General Data Protection Regulation (GDPR). OpsIQ must answer within one month.");

    // Once confirmed, the email and the status page give the date and the law that gives it.
    await page.goto(extractLinks(verification.text).find((l) => l.includes("/opsiq/verify/"))!);
    await expect(page.getByText("Thank you, your request is confirmed")).toBeVisible();
    await expect(page.locator("dt", { hasText: "Law that applies" }).locator("xpath=following-sibling::dd[1]")).toHaveText("EU General Data Protection Regulation (GDPR)");
    const confirmed = await waitForEmail({ to: email, subjectIncludes: "is confirmed" });
    expect(confirmed.text).toMatch(/The law that applies: EU General Data Protection Regulation \(GDPR\)\. They must answer by \d{1,2} [A-Z][a-z]+ \d{4}\./);
    await context.close();
  });
});

test("an unknown or made-up link gets a friendly page, not an error", async ({ page }) => {
  const status = await page.goto(`/opsiq/status/${"A".repeat(43)}`);
  expect(status?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We can't find this request");

  await page.goto(`/opsiq/verify/${"B".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We don't recognise this link");
});

test("the request form passes an accessibility scan", async ({ page }) => {
  await page.goto("/opsiq/request");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText("There is a problem")).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still posts, shows errors and keeps what was typed, then files the request", async ({ page }) => {
    const email = `nojs-${runId}@example.com`;
    await page.goto("/opsentry/request");
    await page.getByRole("radio", { name: /Delete my data/ }).check();
    await page.getByLabel(/Your full name/).fill("Jo Bloggs");
    await page.getByLabel(/Your email address/).fill(email);
    await page.getByRole("button", { name: "Send request" }).click();

    // No relationship chosen: the server answers with the error and the typed values.
    await expect(page.getByText("Choose how you know this organization.").first()).toBeVisible();
    await expect(page.getByLabel(/Your full name/)).toHaveValue("Jo Bloggs");
    await expect(page.getByLabel(/Your email address/)).toHaveValue(email);
    await expect(page.getByRole("radio", { name: /Delete my data/ })).toBeChecked();

    await page.getByRole("radio", { name: /^I have an Opsentry account/ }).check();
    await page.getByLabel(/Where do you live/).selectOption("US-CA");
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email to confirm");
    const verification = await waitForEmail({ to: email, subjectIncludes: "Confirm your privacy request" });
    expect(extractLinks(verification.text).some((l) => l.includes("/opsentry/verify/"))).toBe(true);
  });
});
