// Revealing a subject on the request page: an officer sees the subject masked (in the details and in the audit
// trail), reveals them with one button, and the reveal shows in that request's trail and in the queue; a viewer
// has no button, and a reveal form posted anyway is refused on the server and records nothing.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { fileAndConfirm, officerOf, openByReference, signIn, viewerOf, type Account } from "./support/staff";

const runId = Date.now().toString(36);
const ORG = "opsiq";

async function staffPage(browser: Browser, baseURL: string, who: Account, { javaScript = true } = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: javaScript });
  await signIn(context, who);
  return context.newPage();
}

const trail = (page: Page) => page.getByRole("table", { name: "Audit trail, oldest first" });
const revealButton = (page: Page) => page.getByRole("button", { name: "Reveal name and email" });

test("an officer reveals the subject on the request page, and the reveal is in its audit trail", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const email = `reveal-officer-${runId}@example.com`;
  const { reference } = await fileAndConfirm(page, { org: ORG, email, relationship: /^I have an OpsIQ account/, name: "Aroha Ngata" });
  const officer = await staffPage(browser, baseURL!, officerOf(ORG));
  await openByReference(officer, ORG, reference);

  // Masked in the page itself, not merely hidden from view.
  await expect(officer.getByText("A•••a N•••a")).toBeVisible();
  expect(await officer.content()).not.toContain(email);
  expect(await officer.content()).not.toContain("Aroha Ngata");
  await expect(officer.getByText("subject.revealed")).toHaveCount(0);
  await expectAccessible(officer);

  await revealButton(officer).click();
  await expect(officer.getByRole("link", { name: email })).toHaveAttribute("href", `mailto:${email}`);
  await expect(officer.getByText("Aroha Ngata")).toBeVisible();
  await expect(officer.getByText(/Revealed to you for the rest of the day/)).toBeVisible();
  await expect(revealButton(officer)).toHaveCount(0);
  const revealRow = trail(officer).getByRole("row").filter({ hasText: "subject.revealed" });
  await expect(revealRow).toHaveCount(1);
  await expect(revealRow).toContainText(officerOf(ORG).email);
  await expect(revealRow).toContainText("Revealed on the request page");

  // Still revealed on the next visit today, without a second record; and in the queue too.
  await officer.reload();
  await expect(officer.getByText("Aroha Ngata")).toBeVisible();
  await expect(trail(officer).getByRole("row").filter({ hasText: "subject.revealed" })).toHaveCount(1);
  await officer.goto(`/dashboard/${ORG}/queue`);
  const row = officer.getByRole("row").filter({ has: officer.getByRole("rowheader", { name: reference }) });
  await expect(row).toContainText("Aroha Ngata");
  await expect(row).toContainText("Revealed to you (recorded)");
  await officer.context().close();
});

test("a viewer has no reveal button, and a reveal form posted anyway is refused and records nothing", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const email = `reveal-viewer-${runId}@example.com`;
  const { reference } = await fileAndConfirm(page, { org: ORG, email, relationship: /^I have an OpsIQ account/, name: "Aroha Ngata" });
  // Without JavaScript the form is a plain HTML form: its copy posts the same server action.
  const officer = await staffPage(browser, baseURL!, officerOf(ORG), { javaScript: false });
  const requestId = await openByReference(officer, ORG, reference);
  const revealForm = await officer.locator("form", { has: revealButton(officer) }).evaluate((f) => f.outerHTML);

  const viewer = await staffPage(browser, baseURL!, viewerOf(ORG), { javaScript: false });
  await viewer.goto(`/dashboard/${ORG}/requests/${requestId}`);
  await expect(viewer.getByText("A•••a N•••a")).toBeVisible();
  await expect(viewer.getByText(/your role does not reveal/)).toBeVisible();
  await expect(revealButton(viewer)).toHaveCount(0);
  expect(await viewer.content()).not.toContain(email);

  await viewer.evaluate((html) => document.querySelector("main")!.insertAdjacentHTML("beforeend", html), revealForm);
  await revealButton(viewer).click();
  await expect(viewer.getByText("The subject stays hidden")).toBeVisible();
  expect(await viewer.content()).not.toContain(email);
  await expect(viewer.getByText("subject.revealed")).toHaveCount(0);

  // Nothing was recorded: the officer's view of the trail has no reveal either, and the same form works for them.
  await officer.goto(`/dashboard/${ORG}/requests/${requestId}`);
  await expect(officer.getByText("subject.revealed")).toHaveCount(0);
  await officer.evaluate((html) => document.querySelector("main")!.insertAdjacentHTML("beforeend", html), revealForm);
  await revealButton(officer).last().click();
  await expect(officer.getByText("Aroha Ngata")).toBeVisible();
  await expect(trail(officer).getByRole("row").filter({ hasText: "subject.revealed" })).toHaveCount(1);
  await expect(trail(officer).getByRole("row").filter({ hasText: viewerOf(ORG).email })).toHaveCount(0);
  await viewer.context().close();
  await officer.context().close();
});
