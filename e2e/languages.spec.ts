// The portal, the request form, the sent page and the status page in each of the six languages: chosen by
// the browser (Playwright's locale sets Accept-Language) and by the switcher, with <html lang> to match,
// no sentence of the English catalog left on the page, and no axe violations. A request filed in German
// gets its emails in German, dates included.
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { flattenMessages, icuParts } from "../lib/i18n/icu-parts";
import { LOCALES, localeLabel, type Locale } from "../lib/i18n/locales";
import { demoOrganizations } from "../prisma/seed-data/organizations";
import { extractLinks, waitForEmail } from "./support/mailbox";

type Catalog = Record<string, Record<string, unknown>>;
const catalogs = Object.fromEntries(
  LOCALES.map((locale) => [locale, JSON.parse(fs.readFileSync(path.resolve("messages", `${locale}.json`), "utf8")) as Catalog]),
) as Record<Locale, Catalog>;

/** A catalog message with its {placeholders} filled in. */
function message(locale: Locale, key: string, values: Record<string, string> = {}): string {
  const text = flattenMessages(catalogs[locale]).get(key);
  if (text === undefined) throw new Error(`No message ${key}`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/** English catalog sentences that `locale` words differently: none may be on its pages. */
function englishSentencesNotIn(locale: Locale): string[] {
  const english = flattenMessages(catalogs.en);
  const theirs = flattenMessages(catalogs[locale]);
  return [...english].flatMap(([key, source]) =>
    theirs.get(key) === source
      ? []
      : icuParts(source)
          .literals.map((l) => l.trim())
          // A name the translation keeps as it is ("California Consumer Privacy Act (CCPA)") is not a slip.
          .filter((l) => l.length >= 12 && /\s/.test(l) && !theirs.get(key)?.includes(l)),
  );
}

const opsiq = demoOrganizations.find((o) => o.slug === "opsiq")!;
const controllerRelationship = opsiq.relationships.find((r) => r.queue === "CONTROLLER")!;
const runId = Date.now().toString(36);

/** What Chromium sends as Accept-Language for each of ours (Norwegian as a browser usually says it). */
const BROWSER_LOCALE: Record<Locale, string> = { en: "en-GB", nb: "nb-NO", de: "de-DE", fr: "fr-FR", es: "es-ES", "pt-BR": "pt-BR" };

async function expectPageIn(page: Page, locale: Locale) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  // After a server action's redirect the new page's title is streamed in: wait for it, as a reader would.
  await expect(page).toHaveTitle(/\S/);
  if (locale !== "en") {
    const text = await page.locator("body").innerText();
    // The organization's own words (the laws it lists) are in its language, not the catalog's.
    const ownWords = opsiq.laws.join("\n");
    expect(englishSentencesNotIn(locale).filter((sentence) => text.includes(sentence) && !ownWords.includes(sentence))).toEqual([]);
  }
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

for (const locale of LOCALES) {
  test.describe(`in ${localeLabel[locale]} (browser language ${BROWSER_LOCALE[locale]})`, () => {
    test.use({ locale: BROWSER_LOCALE[locale] });

    test("the portal, the form with its errors, the sent page and the status page", async ({ page }) => {
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(message(locale, "portalIndex.title"));
      await expectPageIn(page, locale);

      await page.goto("/opsiq");
      await expect(page.getByRole("heading", { level: 2, name: message(locale, "organizationPage.rightsHeading") })).toBeVisible();
      await expectPageIn(page, locale);

      await page.goto("/opsiq/request");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(message(locale, "requestPage.title", { organization: opsiq.name }));
      // The region of the browser's language is suggested as where the subject lives (en-GB → United Kingdom).
      await expect(page.locator("#jurisdiction")).toHaveValue(BROWSER_LOCALE[locale].split("-")[1]!);
      await page.getByRole("button", { name: message(locale, "requestForm.send") }).click();
      const summary = page.getByRole("alert").filter({ hasText: message(locale, "ui.errorSummaryTitle") });
      await expect(summary).toBeVisible();
      await expect(summary.getByText(message(locale, "validation.type"))).toBeVisible();
      await expect(summary.getByText(message(locale, "validation.name"))).toBeVisible();
      await expectPageIn(page, locale);

      const email = `subject-${locale.toLowerCase()}-${runId}@example.com`;
      await page.getByRole("radio", { name: new RegExp(`^${message(locale, "labels.requestType.ACCESS").replace(/[()]/g, "\\$&")}`) }).check();
      await page.locator(`#relationship-${controllerRelationship.key}`).check();
      await page.locator("#name").fill("Kari Nordmann");
      await page.locator("#email").fill(email);
      await page.getByRole("button", { name: message(locale, "requestForm.send") }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(message(locale, "sentPage.title"));
      await expectPageIn(page, locale);

      const verification = await waitForEmail({ to: email, subjectIncludes: message(locale, "emails.verificationSubject", { organization: opsiq.name }) });
      await page.goto(extractLinks(verification.text).find((l) => l.includes("/opsiq/verify/"))!);
      await expect(page.getByText(message(locale, "statusPage.confirmedTitle"))).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^${message(locale, "statusPage.title", { reference: "" })}OPSIQ-`));
      await expectPageIn(page, locale);
    });
  });
}

test.describe("a request filed in German", () => {
  test.use({ locale: "de-DE" });

  test("gets its emails in German, with German dates", async ({ page }) => {
    const email = `subject-german-${runId}@example.com`;
    await page.goto("/opsiq/request");
    await page.getByRole("radio", { name: /^Meine Daten löschen/ }).check();
    await page.locator(`#relationship-${controllerRelationship.key}`).check();
    await page.locator("#name").fill("Erika Mustermann");
    await page.locator("#email").fill(email);
    await page.getByRole("button", { name: "Anfrage senden" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bestätigen Sie Ihre Anfrage per E-Mail");

    const verification = await waitForEmail({ to: email, subjectIncludes: "Bestätigen Sie Ihre Datenschutzanfrage an OpsIQ" });
    expect(verification.text).toContain("Guten Tag Erika Mustermann,");
    expect(verification.text).toContain("„Meine Daten löschen“");

    // Confirmed from an English browser: the emails keep the language the request was filed in.
    await page.context().clearCookies();
    await page.goto(extractLinks(verification.text).find((l) => l.includes("/opsiq/verify/"))!);
    const confirmation = await waitForEmail({ to: email, subjectIncludes: "ist bestätigt" });
    expect(confirmation.text).toMatch(/bis zum \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4} erfolgen/);
  });
});

test("the switcher changes the language of the status page without JavaScript and keeps its address", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US", javaScriptEnabled: false });
  const page = await context.newPage();
  const email = `subject-switcher-${runId}@example.com`;
  await page.goto("/opsiq/request");
  await page.getByRole("radio", { name: /^Access my data/ }).check();
  await page.locator(`#relationship-${controllerRelationship.key}`).check();
  await page.locator("#name").fill("Ana Souza");
  await page.locator("#email").fill(email);
  await page.locator("#jurisdiction").selectOption("BR");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email to confirm");
  const verification = await waitForEmail({ to: email, subjectIncludes: "Confirm your privacy request" });
  await page.goto(extractLinks(verification.text).find((l) => l.includes("/opsiq/verify/"))!);
  const statusUrl = page.url();
  expect(statusUrl).toContain("/opsiq/status/");

  let current: Locale = "en";
  for (const locale of [...LOCALES.filter((l) => l !== "en"), "en" as const]) {
    // The switcher is named in the page's own language.
    await page.getByRole("navigation", { name: message(current, "site.languageLabel") }).getByRole("button", { name: localeLabel[locale] }).click();
    current = locale;
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    expect(page.url()).toBe(statusUrl);
    await expect(page.getByRole("heading", { level: 2, name: message(locale, "statusPage.summaryHeading") })).toBeVisible();
    await expect(page.getByRole("navigation", { name: message(locale, "site.languageLabel") }).getByRole("button", { name: localeLabel[locale] })).toHaveAttribute("aria-current", "true");
  }
  await context.close();
});
