// Deadlines on the request page: an officer of OpsIQ sees how a GDPR request's due date was computed,
// extends it with a reason, and sees the new date; the subject's email (from the real SMTP sink) and
// status page carry the same date and the reason. A CCPA opt-out, which the law does not let anyone
// extend, shows why instead of a form, and while it waits on the subject both sides see the answer-by day.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { extractLinks, waitForEmail } from "./support/mailbox";
import { fileAndConfirm, officerOf, openByReference, signIn } from "./support/staff";

const runId = Date.now().toString(36);
const ORG = "opsiq";

async function officerPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await signIn(context, officerOf(ORG));
  return context.newPage();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** The request page's Due block, and the value of one of its rows. */
function dueBlock(page: Page) {
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Due", exact: true }) });
  const row = (label: string): Locator => section.locator("div", { has: page.locator("dt", { hasText: label }) }).locator("dd");
  return { section, row, date: section.locator("time").first() };
}

test("an officer extends a GDPR request by 2 months with a reason; the subject is told the new date and why", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const subjectEmail = `extend-${runId}@example.de`;
  const reason = `Your account data sits in three systems and the oldest needs a manual export (${runId}).`;
  // A subject in Germany: OpsIQ applies the GDPR to them.
  const { reference } = await fileAndConfirm(page, { org: ORG, email: subjectEmail, relationship: /^I have an OpsIQ account/, jurisdiction: "DE" });

  const staff = await officerPage(browser, baseURL!);
  await openByReference(staff, ORG, reference);
  const due = dueBlock(staff);
  await expect(due.row("Rule")).toHaveText("EU GDPR");
  await expect(due.row("How this date was computed")).toHaveText(/^Due \d{4}-\d{2}-\d{2}: one month after receipt \(GDPR art\. 12\(3\)/);
  await expect(due.section.getByText(/^in \d+ days$/)).toBeVisible();
  await expect(due.row("Extension")).toHaveText("Possible once, by up to 2 months, before the due date.");
  const dueBefore = (await due.date.innerText()).trim();
  await staff.screenshot({ path: "/tmp/ext-request-before.png", fullPage: true });

  // The form checks itself before posting, then extends.
  const panel = staff.locator("details", { has: staff.locator("summary", { hasText: "Extend the deadline" }) });
  await panel.locator("summary").click();
  await panel.getByRole("button", { name: "Extend the deadline" }).click();
  await expect(panel.getByText("Choose how many months.").first()).toBeVisible();
  await expect(panel.getByText("The reason is required.").first()).toBeVisible();
  await expectNoAxeViolations(staff);
  await panel.getByRole("radio", { name: "2 months" }).check();
  await panel.getByLabel(/^Reason/).fill(reason);
  await panel.getByRole("button", { name: "Extend the deadline" }).click();
  await expect(staff.getByText("Deadline extended. The subject is emailed the new due date and your reason.")).toBeVisible();

  const dueAfter = (await due.date.innerText()).trim();
  expect(dueAfter).not.toBe(dueBefore);
  await expect(due.row("How this date was computed")).toContainText("The period was extended by 2 months on");
  await expect(due.row("Extension")).toContainText(`by 2 months. Reason given to the subject: ${reason}`);
  // Extended once: the action is gone.
  await expect(staff.locator("summary", { hasText: "Extend the deadline" })).toHaveCount(0);
  await expect(staff.getByText("request.extend")).toBeVisible();
  await staff.screenshot({ path: "/tmp/ext-request-after.png", fullPage: true });

  // The subject's email says the same new date, the old one and the reason; its link shows them too.
  const email = await waitForEmail({ to: subjectEmail, subjectIncludes: "needs more time" });
  expect(email.text).toContain(`by 2 months. They will now answer by ${dueAfter}, instead of ${dueBefore}.`);
  expect(email.text).toContain(reason);
  const statusLink = extractLinks(email.text).find((l) => l.includes(`/${ORG}/status/`));
  expect(statusLink, "the email links to the status page").toBeTruthy();
  await page.goto(statusLink!);
  await expect(page.getByText(`OpsIQ needs more time: they will answer by ${dueAfter}`)).toBeVisible();
  await expect(page.getByText(`Their reason: ${reason}`, { exact: true })).toBeVisible();
  await page.screenshot({ path: "/tmp/ext-status-page.png", fullPage: true });

  // Asked for proof of identity, the GDPR stops the clock: both sides are told so, and why.
  await staff.locator("summary", { hasText: "Ask the subject for more information" }).click();
  await staff.getByRole("radio", { name: /^Proof of identity/ }).check();
  await staff.getByLabel(/Your question/).fill("Please send a copy of an ID document.");
  await staff.getByRole("button", { name: "Send question" }).click();
  await expect(staff.getByText(/Question sent/)).toBeVisible();
  await expect(due.section.getByText("Paused: the clock is stopped while we wait for the subject (proof of identity)")).toBeVisible();
  const question = await waitForEmail({ to: subjectEmail, subjectIncludes: "needs more information" });
  expect(question.text).toContain("The clock is stopped while we wait for your proof of identity.");
  await page.goto(extractLinks(question.text).find((l) => l.includes(`/${ORG}/status/`))!);
  await expect(page.getByText("The clock is stopped while we wait for your proof of identity.")).toBeVisible();
  await staff.context().close();
});

test("a CCPA opt-out offers no extension and says why", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const subjectEmail = `optout-${runId}@example.com`;
  // A Californian's opt-out of sale or sharing gets the CCPA's 15 business days.
  const { reference } = await fileAndConfirm(page, {
    org: ORG,
    email: subjectEmail,
    relationship: /^I have an OpsIQ account/,
    type: /Opt out of the sale or sharing/,
    jurisdiction: "US-CA",
  });
  const staff = await officerPage(browser, baseURL!);
  await openByReference(staff, ORG, reference);
  const due = dueBlock(staff);
  await expect(due.row("Rule")).toHaveText("California CCPA/CPRA (opt-out of sale or sharing)");
  await expect(due.row("How this date was computed")).toHaveText(/^Due \d{4}-\d{2}-\d{2}: 15 business days after receipt/);
  await expect(due.row("Extension")).toHaveText("A CCPA opt-out provides no extension of the response period.");
  await expect(staff.locator("summary", { hasText: "Extend the deadline" })).toHaveCount(0);
  const dueBefore = (await due.date.innerText()).trim();

  // Waiting on the subject: both sides see the day they are asked to answer by; the CCPA clock keeps running.
  await staff.locator("summary", { hasText: "Ask the subject for more information" }).click();
  // The form says, for this request's law, which reasons stop the clock: none under the CCPA.
  await expect(staff.getByText("The clock keeps running: this law does not pause for it.")).toHaveCount(5);
  await staff.getByRole("radio", { name: /^Proof of identity/ }).check();
  await staff.getByLabel(/Your question/).fill("Which email address is on your OpsIQ account?");
  await staff.getByRole("button", { name: "Send question" }).click();
  await expect(staff.getByText(/Question sent/)).toBeVisible();
  await expect(
    due.section.getByText("Waiting on the subject (proof of identity); the clock keeps running: the law that applies does not pause for this."),
  ).toBeVisible();
  await expect(due.date).toHaveText(dueBefore);
  const answerBy = (await due.row("Subject asked to answer by").innerText()).trim();
  expect(answerBy).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  await staff.screenshot({ path: "/tmp/ext-request-waiting.png", fullPage: true });

  const question = await waitForEmail({ to: subjectEmail, subjectIncludes: "needs more information" });
  expect(question.text).toContain(`Please answer by ${answerBy}`);
  await page.goto(extractLinks(question.text).find((l) => l.includes(`/${ORG}/status/`))!);
  await expect(page.getByText(`Please answer by ${answerBy}.`, { exact: true })).toBeVisible();
  await expect(page.getByText("The clock keeps running while we wait for your answer: the law that applies does not pause for this.")).toBeVisible();
  await staff.context().close();
});
