// Request-log export and the audit log, as an admin uses them: export the queue's view (CSV, then NDJSON with
// the subject's identifiers), read the files, export a date range, see every export in the audit log and
// export that too — while a viewer gets neither the forms nor the files. Opsient's owner is this file's admin.
import fs from "node:fs";
import { expect, test, type Download, type Page } from "@playwright/test";
import { CONTROL_CHARACTERS_MESSAGE } from "../lib/http/plain-text";
import { parseCsvObjects } from "../lib/testing/parse-csv";
import { ownerOf, signInSettingUpTwoFactor } from "./support/owner";
import { fileAndConfirm, signIn, viewerOf, type ConfirmedRequest } from "./support/staff";
import { expectAccessible } from "./support/accessibility";

const ORG = "opsient";
const runId = Date.now().toString(36);
const subjectEmail = `export-${runId}@example.com`;
const subjectName = "Zoë Ōtaki";

// Signing in hashes a password and building an export page under load takes a while: room for both.
test.describe.configure({ mode: "serial", timeout: 90_000 });

let admin: Page;
let filed: ConfirmedRequest;

async function download(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return { download: file, text: fs.readFileSync(await file.path(), "utf8") };
}


test.beforeAll(async ({ browser, baseURL }, testInfo) => {
  testInfo.setTimeout(120_000);
  const page = await browser.newPage();
  filed = await fileAndConfirm(page, { org: ORG, email: subjectEmail, name: subjectName, relationship: /^I have an Opsient account/ });
  await page.close();
  admin = await signInSettingUpTwoFactor(browser, baseURL!, ownerOf(ORG));
});

test("an admin exports the queue's view as CSV and finds the request, without identifiers unless asked", async () => {
  await admin.goto(`/dashboard/${ORG}/queue?status=all&sort=received`);
  const panel = admin.getByRole("region", { name: "Export this view" });
  await expect(panel).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await admin.screenshot({ path: "/tmp/export-queue.png", fullPage: true });

  const csv = await download(admin, () => panel.getByRole("button", { name: "Export this view" }).click());
  expect(csv.download.suggestedFilename()).toMatch(new RegExp(`^${ORG}-request-log-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  await expect(panel.getByText("Your download has started")).toBeVisible();
  const rows = parseCsvObjects(csv.text);
  const row = rows.find((r) => r.reference === filed.reference);
  expect(row).toMatchObject({ type: "ACCESS", channel: "WEB", queue: "CONTROLLER", status: "NEW", closed_at: "" });
  expect(row!.received_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  expect(row!.due_at).not.toBe("");
  expect(Object.keys(row!)).not.toContain("subject_email");
  expect(csv.text).not.toContain(subjectEmail);

  // NDJSON with the subject's identifiers, ticked on purpose.
  await panel.getByLabel(/NDJSON/).check();
  await panel.getByLabel(/Include subject identifiers/).check();
  const ndjson = await download(admin, () => panel.getByRole("button", { name: "Export this view" }).click());
  expect(ndjson.download.suggestedFilename()).toMatch(/\.ndjson$/);
  const records = ndjson.text.trim().split("\n").map((line) => JSON.parse(line));
  expect(records.find((r) => r.reference === filed.reference)).toMatchObject({ subject_email: subjectEmail, subject_name: subjectName });
});

test("an admin exports the requests received between two days, and is told when the days are the wrong way round", async () => {
  await admin.goto(`/dashboard/${ORG}/export`);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Export the request log");
  const form = admin.getByRole("form", { name: "Download the request log" });
  const today = await form.getByLabel(/Last day received/).inputValue();

  await form.getByLabel(/First day received/).fill("2099-01-02");
  await form.getByLabel(/Last day received/).fill("2099-01-01");
  await form.getByRole("button", { name: "Download the request log" }).click();
  await expect(form.getByText("The last day must be the first day or later.").first()).toBeVisible();
  await expect(form.getByRole("alert").filter({ hasText: "There is a problem" })).toBeFocused();
  await expectAccessible(admin);
  await admin.screenshot({ path: "/tmp/export-range-error.png", fullPage: true });

  await form.getByLabel(/First day received/).fill(today);
  await form.getByLabel(/Last day received/).fill(today);
  const csv = await download(admin, () => form.getByRole("button", { name: "Download the request log" }).click());
  expect(csv.download.suggestedFilename()).toBe(`${ORG}-request-log-${today}-to-${today}.csv`);
  expect(parseCsvObjects(csv.text).map((r) => r.reference)).toContain(filed.reference);

  // Without the browser's check, the server answers the same: back to the form, what was typed kept.
  await admin.goto(`/dashboard/${ORG}/export/requests?view=range&from=2026-05-02&to=2026-05-01&format=ndjson`);
  await expect(admin).toHaveURL(new RegExp(`/dashboard/${ORG}/export\\?`));
  await expect(admin.getByText("The last day must be the first day or later.").first()).toBeVisible();
  await expect(admin.getByLabel(/First day received/)).toHaveValue("2026-05-02");
  await expect(admin.getByLabel(/NDJSON/)).toBeChecked();
});

test("the audit log shows every export with its choices, filters by action, exports itself, and passes an accessibility scan", async () => {
  await admin.goto(`/dashboard/${ORG}/queue`);
  await admin.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Audit log" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Audit log");

  // A reference that is not one is explained beside its field, and nothing is looked up.
  await admin.getByLabel("Request reference").fill("12345");
  await admin.getByRole("button", { name: "Apply filters" }).click();
  await expect(admin.getByText("Enter a whole reference: its letters, year and number.").first()).toBeVisible();
  await expect(admin).toHaveURL(new RegExp(`/dashboard/${ORG}/audit$`));
  await admin.getByLabel("Request reference").fill("");

  await admin.getByLabel("Action").fill("request_log");
  await admin.getByRole("button", { name: "Apply filters" }).click();
  await expect(admin).toHaveURL(/action=request_log/);
  const exports = admin.getByRole("row").filter({ hasText: "request_log.exported" });
  await expect(exports).toHaveCount(3);
  // Newest first: the date range, then the NDJSON with identifiers, then the first CSV.
  await expect(exports.nth(1)).toContainText("includesSubjectIdentifiers: true");
  await expect(exports.nth(1)).toContainText("format: ndjson");
  await expect(exports.nth(2)).toContainText("includesSubjectIdentifiers: false");
  await expect(exports.nth(2)).toContainText("outcome: complete");
  await expect(exports.nth(2)).toContainText(`admin@${ORG}.example`);
  await expect(exports.nth(2).getByRole("cell", { name: "Request log" })).toBeVisible();
  await expectAccessible(admin);
  await admin.screenshot({ path: "/tmp/export-audit.png", fullPage: true });

  const csv = await download(admin, () => admin.getByRole("button", { name: "Export these entries" }).click());
  expect(csv.download.suggestedFilename()).toMatch(new RegExp(`^${ORG}-audit-log-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const entries = parseCsvObjects(csv.text);
  expect(entries).toHaveLength(3);
  expect(entries.every((e) => e.action === "request_log.exported" && e.actor_email === `admin@${ORG}.example`)).toBe(true);
  expect(JSON.parse(entries[0]!.after!)).toMatchObject({ format: "csv", includesSubjectIdentifiers: false, outcome: "complete" });

  // The export of the audit log is in the audit log too.
  await admin.goto(`/dashboard/${ORG}/audit?action=audit_log`);
  await expect(admin.getByRole("row").filter({ hasText: "audit_log.exported" })).toHaveCount(1);
});

test("hostile text in an admin's own choices shows as text in the audit log: no script runs", async () => {
  const dialogs: string[] = [];
  admin.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  // The queue's search box is one of the choices an export records. This one is neither a reference nor an
  // address, so the queue shows no rows (and no export form): the export is asked for by its address, as a
  // link someone sent the admin would.
  const search = `<img src=x onerror=alert(1)> "><svg/onload=alert(2)> <script>alert(3)</script>`;
  await admin.goto(`/dashboard/${ORG}/queue?status=all&q=${encodeURIComponent(search)}`);
  await expect(admin.getByText(`“${search}” is neither.`)).toBeVisible();
  const file = await admin.request.get(`/dashboard/${ORG}/export/requests?status=all&format=csv&q=${encodeURIComponent(search)}`);
  expect(file.status()).toBe(200);
  expect(parseCsvObjects(await file.text())).toEqual([]);

  await admin.goto(`/dashboard/${ORG}/audit?action=request_log`);
  const newest = admin.getByRole("row").filter({ hasText: "request_log.exported" }).first();
  await expect(newest).toContainText(search);
  expect(await admin.locator("img[src=x], svg[onload]").count()).toBe(0);
  await admin.screenshot({ path: "/tmp/export-audit-hostile.png", fullPage: true });
  expect(dialogs).toEqual([]);
});

test("a NUL in the audit log's filters or the queue's search is refused before an export sends its first byte", async () => {
  // The page: the filter's field says what to fix (it answered 500 before).
  const page = await admin.goto(`/dashboard/${ORG}/audit?actor=admin%00`);
  expect(page!.status()).toBe(200);
  await expect(admin.getByText(CONTROL_CHARACTERS_MESSAGE).first()).toBeVisible();

  // Its export goes back to the page with the message, instead of starting a download that breaks off.
  const audit = await admin.request.get(`/dashboard/${ORG}/export/audit?format=csv&actor=admin%00`, { maxRedirects: 0 });
  expect(audit.status()).toBe(307);
  expect(audit.headers().location).toContain(`/dashboard/${ORG}/audit?`);

  // The queue's search is kept in the export's audit record: refused with a page that says why.
  const requests = await admin.request.get(`/dashboard/${ORG}/export/requests?status=all&format=csv&q=a%00b`);
  expect(requests.status()).toBe(400);
  expect(await requests.text()).toContain("Remove the invisible control characters from the search");
});

test("a viewer gets neither the export form nor the audit log, and the export addresses are not there for them", async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(context, viewerOf(ORG));
  const page = await context.newPage();
  await page.goto(`/dashboard/${ORG}/queue?status=all`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy requests");
  await expect(page.getByRole("region", { name: "Export this view" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Audit log" })).toHaveCount(0);

  // The admin pages and the export addresses are not there for them, as for another organization's.
  for (const path of ["audit", "export"]) {
    await page.goto(`/dashboard/${ORG}/${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");
  }
  for (const path of ["export/requests?status=all", "export/requests?view=range&from=2026-01-01&to=2026-12-31&format=csv", "export/audit?format=csv"]) {
    const response = await context.request.get(`/dashboard/${ORG}/${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-disposition"]).toBeUndefined();
    expect(await response.text()).not.toContain(filed.reference);
  }
  expect((await context.request.get(`/dashboard/opsiq/export/requests`, { maxRedirects: 0 })).status()).toBe(404);
  // Signed out: to sign-in.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`/dashboard/${ORG}/export/requests`, { maxRedirects: 0 })).status()).toBe(307);
  await Promise.all([context.close(), anonymous.close()]);
});
