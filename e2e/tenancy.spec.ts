// Tenant isolation, tested rather than assumed: staff of one organization try every staff page, action
// and file link with another organization's ids, and a viewer tries to change a request. Every page
// answers 404, every action is refused on the server, and nothing changes.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { fileAndConfirm, officerOf, openByReference, signIn, viewerOf, type Account } from "./support/staff";

const runId = Date.now().toString(36);
const HOME = "opsiq"; // the organization whose data is attacked
const OTHER = "opsduty"; // the attacker's organization

async function staffPage(browser: Browser, baseURL: string, who: Account, { javaScript = true } = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: javaScript });
  await signIn(context, who);
  return context.newPage();
}

/** Rewrites the server action arguments that a form carries (the bound organization and request id). */
async function tamperWithForms(page: Page, from: string, to: string) {
  await page.evaluate(
    ([a, b]) => {
      for (const input of Array.from(document.querySelectorAll<HTMLInputElement>("form input[type=hidden]"))) {
        input.value = input.value.split(a!).join(b!);
      }
    },
    [from, to],
  );
}

/** What the home organization's officer sees of a request: its status cell and its assignee. */
async function expectUntouched(page: Page, requestId: string) {
  await page.goto(`/dashboard/${HOME}/requests/${requestId}`);
  await expect(page.getByText("New", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Claim this request" })).toBeVisible();
}

test("another organization's staff get 404 for every page, action and file", async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);

  // The home organization: one request answered with a file, one still new.
  const answered = await fileAndConfirm(page, { org: HOME, email: `tenancy-a-${runId}@example.com`, relationship: /^I have an OpsIQ account/ });
  const fresh = await fileAndConfirm(page, { org: HOME, email: `tenancy-b-${runId}@example.com`, relationship: /^I have an OpsIQ account/ });
  const homeOfficer = await staffPage(browser, baseURL!, officerOf(HOME));
  const answeredId = await openByReference(homeOfficer, HOME, answered.reference);
  await homeOfficer.getByRole("button", { name: "Claim this request" }).click();
  await expect(homeOfficer.getByText("You have claimed this request.")).toBeVisible();
  await homeOfficer.locator("summary", { hasText: "Complete" }).click();
  await homeOfficer.getByRole("radio", { name: "Fulfilled", exact: true }).check();
  await homeOfficer.getByLabel(/Message to the subject/).fill("Your data is attached.");
  await homeOfficer.getByLabel(/Files of the answer/).setInputFiles([{ name: "data.csv", mimeType: "text/csv", buffer: Buffer.from("name,email\nAroha,a@example.com\n") }]);
  await homeOfficer.getByRole("button", { name: "Complete the request" }).click();
  await expect(homeOfficer.getByText(/The request is completed/)).toBeVisible();
  const freshId = await openByReference(homeOfficer, HOME, fresh.reference);

  await page.goto(answered.statusUrl);
  const fileHref = (await page.getByRole("link", { name: "data.csv" }).getAttribute("href"))!;
  const fileId = fileHref.split("/").pop()!;
  expect((await page.request.get(fileHref)).status(), "the subject's own link works").toBe(200);

  // The other organization: its own confirmed request and officer.
  const own = await fileAndConfirm(page, { org: OTHER, email: `tenancy-c-${runId}@example.com`, relationship: /^I have an OpsDuty account/ });
  const ownToken = own.statusUrl.split("/").pop()!;
  const outsider = await staffPage(browser, baseURL!, officerOf(OTHER));
  const ownId = await openByReference(outsider, OTHER, own.reference);

  // Pages: the home organization's, and the home organization's ids under the outsider's own.
  for (const path of [
    `/dashboard/${HOME}`,
    `/dashboard/${HOME}/queue`,
    `/dashboard/${HOME}/queue?queue=processor`,
    `/dashboard/${HOME}/requests/new`,
    `/dashboard/${HOME}/requests/${freshId}`,
    `/dashboard/${HOME}/requests/${answeredId}`,
    `/dashboard/${HOME}/requests/by-reference/${fresh.reference}`,
    `/dashboard/${OTHER}/requests/${freshId}`,
    `/dashboard/${OTHER}/requests/by-reference/${fresh.reference}`,
  ]) {
    expect((await outsider.goto(path))?.status(), path).toBe(404);
  }

  // Files: the home organization's file through the outsider's status link, under either address.
  for (const path of [`/${OTHER}/status/${ownToken}/files/${fileId}`, `/${HOME}/status/${ownToken}/files/${fileId}`]) {
    expect((await outsider.request.get(path)).status(), path).toBe(404);
  }

  // Actions: the outsider's own forms, posted without JavaScript, carrying the home organization's
  // request id — and then its slug too.
  const plain = await staffPage(browser, baseURL!, officerOf(OTHER), { javaScript: false });
  for (const [from, to] of [
    [ownId, freshId],
    [OTHER, HOME],
  ] as const) {
    await plain.goto(`/dashboard/${OTHER}/requests/${ownId}`);
    await tamperWithForms(plain, from, to);
    await plain.getByRole("button", { name: "Claim this request" }).click();
    await expect(plain.getByText("You have claimed this request.")).toHaveCount(0);
  }
  await expectUntouched(homeOfficer, freshId);
  // The outsider's own request was not claimed by the tampered forms either.
  await outsider.goto(`/dashboard/${OTHER}/requests/${ownId}`);
  await expect(outsider.getByRole("button", { name: "Claim this request" })).toBeVisible();
});

test("a viewer's attempt at a change is refused on the server and changes nothing", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const request = await fileAndConfirm(page, { org: HOME, email: `tenancy-viewer-${runId}@example.com`, relationship: /^I have an OpsIQ account/ });
  const officer = await staffPage(browser, baseURL!, officerOf(HOME), { javaScript: false });
  const requestId = await openByReference(officer, HOME, request.reference);
  const claimForm = await officer.locator("form", { has: officer.getByRole("button", { name: "Claim this request" }) }).evaluate((f) => f.outerHTML);
  const postCopy = async (target: Page) => {
    await target.evaluate((html) => document.querySelector("main")!.insertAdjacentHTML("beforeend", html), claimForm);
    await target.getByRole("button", { name: "Claim this request" }).last().click();
  };

  // The viewer sees the request without any action, so we hand it the officer's form and post it.
  const viewer = await staffPage(browser, baseURL!, viewerOf(HOME), { javaScript: false });
  await viewer.goto(`/dashboard/${HOME}/requests/${requestId}`);
  await expect(viewer.getByRole("button", { name: "Claim this request" })).toHaveCount(0);
  await postCopy(viewer);
  await expectUntouched(await staffPage(browser, baseURL!, officerOf(HOME)), requestId);

  // The very same form, posted by the officer, does claim it: the viewer was refused, not the form.
  await officer.goto(`/dashboard/${HOME}/requests/${requestId}`);
  await postCopy(officer);
  await expect(officer.getByText("You have claimed this request.")).toBeVisible();
});
