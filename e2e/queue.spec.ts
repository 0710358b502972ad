// A privacy officer's queue: two requests filed and confirmed through the portal land in their queues
// (controller and processor), with masked subjects, counts, filters kept in the address, a recorded
// reveal, and nothing from an unconfirmed request or another organization.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { confirmByEmail, fileRequest, signIn } from "./support/staff";

const runId = Date.now().toString(36);
const controllerEmail = `queue-controller-${runId}@example.com`;
const processorEmail = `queue-processor-${runId}@example.com`;
const unverifiedEmail = `queue-unverified-${runId}@example.com`;
const OFFICER = { email: "officer@opsiq.example", password: "rightsdesk-officer" };

// One set of requests for the whole file: the tests below read it in order.
test.describe.configure({ mode: "serial" });

const filed = { controller: "", processor: "" };

function tab(page: Page, name: "Controller" | "Processor") {
  return page.getByRole("navigation", { name: "Queues" }).getByRole("link", { name: new RegExp(`^${name} queue, \\d+ open$`) });
}

async function openCount(page: Page, name: "Controller" | "Processor"): Promise<number> {
  const label = await tab(page, name).textContent();
  return Number(label?.match(/(\d+)/)?.[1]);
}

function row(page: Page, reference: string) {
  return page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: reference }) });
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await fileRequest(page, { org: "opsiq", relationship: /^I have an OpsIQ account/, name: "Aroha Ngata", email: controllerEmail });
  filed.controller = (await confirmByEmail(page, "opsiq", controllerEmail)).reference;
  await fileRequest(page, {
    org: "opsiq",
    type: /Delete my data/,
    relationship: /^I chatted with a website that uses OpsIQ/,
    controllerName: "Kiwi Shoes Ltd",
    name: "Sam Lee",
    email: processorEmail,
  });
  filed.processor = (await confirmByEmail(page, "opsiq", processorEmail)).reference;
  // Filed but never confirmed: it must stay out of every queue.
  await fileRequest(page, { org: "opsiq", relationship: /^I have an OpsIQ account/, name: "Nobody Confirmed", email: unverifiedEmail });
  await page.close();
});

test("an officer sees each confirmed request in its queue, masked, with the open counts", async ({ page }) => {
  await signIn(page.request, OFFICER);
  // A member of one organization goes straight to its queue.
  await page.goto("/dashboard");
  await expect(page).toHaveURL("/dashboard/opsiq/queue");
  await expect(page.getByRole("heading", { level: 1, name: "Privacy requests" })).toBeVisible();
  await expect(page.getByText(OFFICER.email)).toBeVisible();
  await expect(page.getByRole("link", { name: "Security" })).toHaveAttribute("href", "/account/security");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByText("OpsIQ", { exact: true })).toBeVisible();
  await expect(page.getByText("Privacy officer", { exact: true })).toBeVisible();

  // Controller queue: our request, masked; the count matches the open requests listed.
  await expect(tab(page, "Controller")).toHaveAttribute("aria-current", "page");
  const controllerRow = row(page, filed.controller);
  await expect(controllerRow).toContainText("A•••a N•••a");
  await expect(controllerRow).toContainText("q•••@e•••.com");
  await expect(controllerRow).toContainText("Access my data");
  await expect(controllerRow).toContainText("New");
  await expect(controllerRow).toContainText(/in \d+ days/);
  await expect(controllerRow).toContainText("Unassigned");
  await expect(controllerRow.getByRole("link", { name: filed.controller })).toHaveAttribute(
    "href",
    new RegExp(`^/dashboard/opsiq/requests/[0-9a-f-]{36}$`),
  );
  const controllerCount = await openCount(page, "Controller");
  expect(controllerCount).toBeGreaterThanOrEqual(1);
  if (controllerCount <= 50) await expect(page.locator("tbody tr")).toHaveCount(controllerCount);
  // Masked in the page itself, not merely hidden from view.
  const rowHtml = await controllerRow.innerHTML();
  expect(rowHtml).not.toContain(controllerEmail);
  expect(rowHtml).not.toContain("Aroha");
  await expect(row(page, filed.processor)).toHaveCount(0);
  await expect(page.getByText("N•••y C•••d")).toHaveCount(0);

  // Processor queue.
  await tab(page, "Processor").click();
  await expect(page).toHaveURL("/dashboard/opsiq/queue?queue=processor");
  await expect(tab(page, "Processor")).toHaveAttribute("aria-current", "page");
  await expect(row(page, filed.processor)).toContainText("S••• L•••");
  await expect(row(page, filed.processor)).toContainText("Delete my data");
  await expect(row(page, filed.controller)).toHaveCount(0);
  expect(await openCount(page, "Processor")).toBeGreaterThanOrEqual(1);
});

test("revealing a subject shows it to the officer who asked", async ({ page }) => {
  await signIn(page.request, OFFICER);
  await page.goto("/dashboard/opsiq/queue");
  const controllerRow = row(page, filed.controller);
  await controllerRow.getByRole("button", { name: `Reveal the subject of ${filed.controller}` }).click();
  await expect(controllerRow).toContainText("Aroha Ngata");
  await expect(controllerRow).toContainText(controllerEmail);
  await expect(controllerRow).toContainText("Revealed to you (recorded)");
  await expect(page).toHaveURL(/\/dashboard\/opsiq\/queue#request-[0-9a-f-]{36}$/);

  // Only that one: the processor request stays masked.
  await tab(page, "Processor").click();
  await expect(row(page, filed.processor)).toContainText("S••• L•••");

  // Another officer's session would not see it: the viewer of the same organization still gets the mask.
  await page.context().clearCookies();
  await signIn(page.request, { email: "viewer@opsiq.example", password: "rightsdesk-viewer" });
  await page.goto("/dashboard/opsiq/queue");
  await expect(row(page, filed.controller)).toContainText("A•••a N•••a");
});

test("filters by type and searches by reference or email, in the address", async ({ page }) => {
  await signIn(page.request, OFFICER);
  await page.goto("/dashboard/opsiq/queue?queue=processor");

  await page.getByLabel("Type").selectOption({ label: "Delete my data" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]type=deletion(&|$)/);
  await expect(page).toHaveURL(/[?&]queue=processor(&|$)/);
  await expect(row(page, filed.processor)).toBeVisible();
  await expect(page.getByRole("table")).toHaveAccessibleName(/type “Delete my data”/);
  for (const cell of await page.locator("tbody tr td:nth-child(2)").allTextContents()) expect(cell).toBe("Delete my data");

  // The tab keeps the filter: no deletion request of ours in the controller queue.
  await tab(page, "Controller").click();
  await expect(tab(page, "Controller")).toHaveAttribute("aria-current", "page");
  await expect(page).toHaveURL(/[?&]type=deletion(&|$)/);
  await expect(row(page, filed.controller)).toHaveCount(0);
  await expect(page.getByLabel("Type")).toHaveValue("deletion");

  // Search by reference, in lower case, among all statuses.
  await page.goto("/dashboard/opsiq/queue");
  await page.getByLabel("Reference or email").fill(filed.controller.toLowerCase());
  await page.getByRole("button", { name: "Apply filters" }).click();
  // Wait for the new address: the form is drawn afresh for it, so typing earlier would be lost.
  await expect(page).toHaveURL(new RegExp(`[?&]q=${filed.controller.toLowerCase()}(&|$)`));
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(row(page, filed.controller)).toBeVisible();

  // By the exact email address, whatever its case; a bookmark of the view shows the same.
  await page.getByLabel("Reference or email").fill(processorEmail.toUpperCase());
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(processorEmail.toUpperCase())}(&|$)`));
  await expect(page.getByText("No requests match these filters")).toBeVisible();
  await tab(page, "Processor").click();
  await expect(page).toHaveURL(/[?&]queue=processor(&|$)/);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(row(page, filed.processor)).toBeVisible();
  const bookmark = page.url();
  await page.goto(bookmark);
  await expect(page.getByLabel("Reference or email")).toHaveValue(processorEmail.toUpperCase());
  await expect(row(page, filed.processor)).toBeVisible();

  // The unconfirmed request is nowhere, in any status.
  await page.goto(`/dashboard/opsiq/queue?status=all&q=${encodeURIComponent(unverifiedEmail)}`);
  await expect(page.getByText("No requests match these filters")).toBeVisible();
  await page.goto(`/dashboard/opsiq/queue?queue=processor&status=all&q=${encodeURIComponent(unverifiedEmail)}`);
  await expect(page.getByText("No requests match these filters")).toBeVisible();

  // Nonsense in the address falls back to the defaults instead of failing.
  const response = await page.goto("/dashboard/opsiq/queue?status=bogus&type=%3Cscript%3E&due=-4&after=!!!");
  expect(response?.status()).toBe(200);
  await expect(page.getByLabel("Status")).toHaveValue("open");
});

test("another organization's queue is not found for this officer", async ({ page }) => {
  await signIn(page.request, OFFICER);
  for (const path of ["/dashboard/opsduty/queue", "/dashboard/opsduty", "/dashboard/no-such-org/queue"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("the queue passes an accessibility scan", async ({ page }) => {
  await signIn(page.request, OFFICER);
  await page.goto("/dashboard/opsiq/queue");
  await expect(row(page, filed.controller)).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filters and the reveal still work", async ({ page }) => {
    await signIn(page.request, OFFICER);
    await page.goto("/dashboard/opsiq/queue?queue=processor");
    await page.getByLabel("Type").selectOption({ label: "Delete my data" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]type=deletion(&|$)/);
    const processorRow = row(page, filed.processor);
    await expect(processorRow).toContainText("S••• L•••");
    await processorRow.getByRole("button", { name: `Reveal the subject of ${filed.processor}` }).click();
    await expect(row(page, filed.processor)).toContainText("Sam Lee");
    await expect(page).toHaveURL(/[?&]type=deletion/);
  });
});
