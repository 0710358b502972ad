// One request from triage to closure, across the two sides: an officer of OpsIQ claims a confirmed
// request, asks the subject a question, the subject answers on their status page (from the real
// email), the officer completes it with a file, and the subject downloads it. A processor-queue
// request is forwarded to the customer who controls the data. Staff record a request taken by phone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { extractLinks, waitForEmail } from "./support/mailbox";
import { fileAndConfirm, officerOf, signIn, viewerOf } from "./support/staff";

const runId = Date.now().toString(36);
const ORG = "opsiq";
const OFFICER = officerOf(ORG);
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function staffPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  await signIn(context, OFFICER);
  return context.newPage();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("a request from claim to a downloaded answer, with a question answered on the status page", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const subjectEmail = `workflow-${runId}@example.com`;
  const { reference, statusUrl } = await fileAndConfirm(page, { org: ORG, email: subjectEmail, relationship: /^I have an OpsIQ account/ });

  // The officer opens the request by its reference and claims it.
  const staff = await staffPage(browser, baseURL!);
  await staff.goto(`/dashboard/${ORG}/requests/by-reference/${reference}`);
  await expect(staff).toHaveURL(new RegExp(`/dashboard/${ORG}/requests/[0-9a-f-]{36}$`));
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`Request ${reference}`);
  // The subject is masked until the officer reveals them (a recorded act).
  await expect(staff.getByText(subjectEmail)).toHaveCount(0);
  await staff.getByRole("button", { name: "Reveal name and email" }).click();
  await expect(staff.getByText(subjectEmail).first()).toBeVisible();
  await staff.getByRole("button", { name: "Claim this request" }).click();
  await expect(staff.getByText("You have claimed this request.")).toBeVisible();
  await expect(staff.getByText("In progress", { exact: true })).toBeVisible();
  await expectNoAxeViolations(staff);

  // A question needs a reason and text; then it goes out and the request waits on the subject.
  await staff.locator("summary", { hasText: "Ask the subject for more information" }).click();
  await staff.getByRole("button", { name: "Send question" }).click();
  await expect(staff.getByText("Choose what you are asking the subject for.").first()).toBeVisible();
  await expect(staff.getByText("The question is required.").first()).toBeVisible();
  await staff.getByRole("radio", { name: /^Clarification of what they are asking for/ }).check();
  await staff.getByLabel(/Your question/).fill("Which email address did you use for your OpsIQ account?");
  await staff.getByRole("button", { name: "Send question" }).click();
  await expect(staff.getByText(/Question sent/)).toBeVisible();
  await expect(staff.getByText("Awaiting subject", { exact: true })).toBeVisible();

  // The subject follows the link in the question's email and answers on the status page.
  const question = await waitForEmail({ to: subjectEmail, subjectIncludes: "needs more information" });
  expect(question.text).toContain("Which email address did you use for your OpsIQ account?");
  const questionLink = extractLinks(question.text).find((l) => l.includes(`/${ORG}/status/`))!;
  expect(questionLink, "a new status link, the old one still works").not.toBe(statusUrl);
  await page.goto(questionLink);
  await expect(page.getByRole("heading", { name: "OpsIQ needs more information from you" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(/Your answer/).fill("I used aroha@work.example for the account.");
  await page.getByRole("button", { name: "Send my answer" }).click();
  await expect(page.getByText("Thank you, your answer is sent")).toBeVisible();
  await expect(page.getByText("I used aroha@work.example for the account.")).toBeVisible();

  // The assignee hears about it.
  const answered = await waitForEmail({ to: OFFICER.email, subjectIncludes: `answered: ${reference}` });
  expect(answered.text).toContain("I used aroha@work.example for the account.");

  // The officer completes the request with the answer's file.
  await staff.reload();
  await expect(staff.getByText("In progress", { exact: true })).toBeVisible();
  await staff.locator("summary", { hasText: "Complete" }).click();
  await staff.getByRole("radio", { name: "Fulfilled", exact: true }).check();
  await staff.getByLabel(/Message to the subject/).fill("Here is a copy of the data we hold about you.");
  const pdf = Buffer.from(`%PDF-1.4\n% Your OpsIQ data (${runId})\n%%EOF\n`);
  await staff.getByLabel(/Files of the answer/).setInputFiles([{ name: "opsiq-data.pdf", mimeType: "application/pdf", buffer: pdf }]);
  await staff.getByRole("button", { name: "Complete the request" }).click();
  await expect(staff.getByText(/The request is completed/)).toBeVisible();
  await expect(staff.getByRole("cell", { name: /^opsiq-data\.pdf/ })).toBeVisible();
  await expect(staff.getByText("request.complete")).toBeVisible();

  // The subject is told, and downloads the file from the status page.
  const closed = await waitForEmail({ to: subjectEmail, subjectIncludes: "is closed" });
  expect(closed.text).toContain("Here is a copy of the data we hold about you.");
  await page.goto(statusUrl);
  await expect(page.getByText("Completed", { exact: true })).toBeVisible();
  await expect(page.getByText(/Available until/)).toBeVisible();
  await expectNoAxeViolations(page);
  const href = await page.getByRole("link", { name: "opsiq-data.pdf" }).getAttribute("href");
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toBe(`attachment; filename="opsiq-data.pdf"; filename*=UTF-8''opsiq-data.pdf`);
  expect(download.headers()["cache-control"]).toBe("no-store");
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);

  // The download is on record for staff.
  await staff.reload();
  await expect(staff.getByRole("row", { name: /^opsiq-data\.pdf/ }).getByRole("cell").last()).toHaveText("1");
  await staff.context().close();
});

test("a processor-queue request is forwarded to the customer who controls the data", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const subjectEmail = `forward-${runId}@example.com`;
  const customer = `Kiwi Shoes ${runId}`;
  const contact = `privacy-${runId}@kiwishoes.example`;
  const { reference, statusUrl } = await fileAndConfirm(page, { org: ORG,
    email: subjectEmail,
    relationship: /^I chatted with a website that uses OpsIQ/,
    controllerName: "kiwishoes.example",
  });

  const staff = await staffPage(browser, baseURL!);
  await staff.goto(`/dashboard/${ORG}/requests/by-reference/${reference}`);
  await expect(staff.getByText("Processor queue").first()).toBeVisible();
  await staff.locator("summary", { hasText: "Forward to the controller" }).click();
  await staff.getByLabel(/Customer \(the controller\)/).selectOption("new");
  await staff.getByLabel(/Customer's name/).fill(customer);
  await staff.getByLabel(/Customer's privacy contact email/).fill(contact);
  await staff.getByRole("button", { name: "Forward the request" }).click();
  await expect(staff.getByText(/Forwarded to the customer/)).toBeVisible();
  await expect(staff.getByText(`${customer} (${contact})`).first()).toBeVisible();

  const forwarded = await waitForEmail({ to: contact, subjectIncludes: reference });
  for (const fact of [reference, "Aroha Ngata", subjectEmail, "Access my data", "kiwishoes.example", "controller"]) {
    expect(forwarded.text).toContain(fact);
  }

  // Staff of another organization cannot open it, by id or by reference.
  const requestUrl = new URL(staff.url()).pathname;
  const outsider = await browser.newContext({ baseURL });
  await signIn(outsider, officerOf("opsduty"));
  const outsiderPage = await outsider.newPage();
  expect((await outsiderPage.goto(requestUrl))?.status()).toBe(404);
  expect((await outsiderPage.goto(requestUrl.replace(`/dashboard/${ORG}/`, "/dashboard/opsduty/")))?.status()).toBe(404);
  expect((await outsiderPage.goto(`/dashboard/opsduty/requests/by-reference/${reference}`))?.status()).toBe(404);
  await outsider.close();

  await page.goto(statusUrl);
  await expect(page.getByText(`OpsIQ only processes this data on behalf of ${customer}, who decides about it.`).first()).toBeVisible();
  await expect(page.getByText(new RegExp(`We have passed your request to ${customer} on .+; they will answer you directly\\. You can also contact them at ${contact.replace(/\./g, "\\.")}`))).toBeVisible();
  await staff.context().close();
});

test("staff record a request taken by phone, and the subject receives their status link", async ({ browser, baseURL }) => {
  const subjectEmail = `phoned-${runId}@example.com`;
  const staff = await staffPage(browser, baseURL!);
  await staff.goto(`/dashboard/${ORG}/requests/new`);
  await staff.getByRole("button", { name: "Record the request" }).click();
  await expect(staff.getByText("Choose how the request reached you.").first()).toBeVisible();

  await staff.getByRole("radio", { name: "Phone" }).check();
  await staff.getByRole("radio", { name: /Delete my data/ }).check();
  await staff.getByRole("radio", { name: /^I have an OpsIQ account/ }).check();
  await staff.getByLabel(/Their full name/).fill("Hemi Walker");
  await staff.getByLabel(/Their email address/).fill(subjectEmail);
  await staff.getByLabel(/How did you check it is them/).fill("Confirmed the account's billing postcode.");
  await staff.getByRole("button", { name: "Record the request" }).click();
  await expect(staff.getByText(/Request recorded/)).toBeVisible();
  await expect(staff.getByText(/Phone \(recorded by OpsIQ Officer\)/)).toBeVisible();
  await expect(staff.getByText(/Recorded by OpsIQ Officer from a phone call/)).toBeVisible();

  // A viewer sees the request with its subject masked, no way to reveal them, and no action.
  const viewer = await browser.newContext({ baseURL });
  await signIn(viewer, viewerOf(ORG));
  const viewerPage = await viewer.newPage();
  await viewerPage.goto(new URL(staff.url()).pathname);
  await expect(viewerPage.getByText("H•••i W•••r")).toBeVisible();
  expect(await viewerPage.content()).not.toContain(subjectEmail);
  await expect(viewerPage.getByRole("button", { name: "Reveal name and email" })).toHaveCount(0);
  const actions = viewerPage.getByRole("complementary", { name: "Actions" });
  await expect(actions.getByText(/lets you see this request but not act on it/)).toBeVisible();
  await expect(actions.getByRole("button")).toHaveCount(0);
  await expect(actions.locator("form")).toHaveCount(0);
  await viewer.close();

  const email = await waitForEmail({ to: subjectEmail, subjectIncludes: "Your privacy request" });
  const statusLink = extractLinks(email.text).find((l) => l.includes(`/${ORG}/status/`))!;
  const subject = await browser.newPage();
  await subject.goto(statusLink);
  await expect(subject.getByText(/received your request by phone/)).toBeVisible();
  await subject.close();
  await staff.context().close();
});
