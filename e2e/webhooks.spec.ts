// Webhooks and API keys as an admin and a receiver see them: Opsentry's owner registers an endpoint served by this spec
// (node http on a free port) and copies the secret shown once; a subject files and confirms a request, an
// officer claims and completes it; the receiver gets request.verified, request.status_changed and
// request.closed, each verifying with that secret, and the delivery log shows them delivered.
// The same owner then creates an API key, uses it and revokes it. Opsentry's owner is this file's admin (e2e/support/owner.ts).
import { expect, test, type Page } from "@playwright/test";
import { startWebhookReceiver, type WebhookReceiver } from "../lib/testing/webhook-receiver";
import { verifyWebhookSignature } from "../lib/webhooks/verify-webhook-signature";
import { ownerOf, signInSettingUpTwoFactor } from "./support/owner";
import { fileAndConfirm, officerOf, signIn } from "./support/staff";
import { expectAccessible } from "./support/accessibility";

const ORG = "opsentry";
const runId = Date.now().toString(36);

test.describe.configure({ mode: "serial", timeout: 120_000 });

let receiver: WebhookReceiver;
let admin: Page;


type Event = { id: string; type: string; data: { request: { reference: string; status: string; previousStatus?: string } } };

test.beforeAll(async ({ browser, baseURL }) => {
  receiver = await startWebhookReceiver(`/rightsdesk-${runId}`);
  admin = await signInSettingUpTwoFactor(browser, baseURL!, ownerOf(ORG));
});
test.afterAll(async () => {
  await receiver?.close();
});

test("a receiver gets a request's signed events from confirmation to closure, and the log shows them delivered", async ({ page, browser, baseURL }) => {
  // The owner registers the endpoint and copies the secret, shown this once.
  await admin.goto(`/dashboard/${ORG}`);
  await admin.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Webhooks" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Webhooks");
  await expectAccessible(admin);

  const form = admin.getByRole("form", { name: "Add an endpoint" });
  await form.getByRole("button", { name: "Add endpoint" }).click();
  await expect(form.getByText("Choose at least one event to send.").first()).toBeVisible();
  await form.getByLabel("Address").fill(receiver.url);
  await form.getByLabel(/Description/).fill("Ticketing system");
  for (const type of ["request.verified", "request.status_changed", "request.closed"]) await form.getByRole("checkbox", { name: type }).check();
  await form.getByRole("button", { name: "Add endpoint" }).click();
  const secretField = admin.getByLabel("Signing secret");
  await expect(secretField).toBeVisible();
  const secret = await secretField.inputValue();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  await expect(admin.getByRole("row", { name: new RegExp(receiver.url.replace(/[/.]/g, "\\$&")) })).toContainText("Enabled");
  await expectAccessible(admin);
  await admin.reload();
  await expect(admin.getByLabel("Signing secret")).toHaveCount(0); // never shown again

  // A subject files and confirms a deletion request; an officer claims and completes it.
  const { reference } = await fileAndConfirm(page, {
    org: ORG,
    email: `webhooks-${runId}@example.com`,
    relationship: /^I have an Opsentry account/,
    type: /Delete my data/,
  });
  const context = await browser.newContext({ baseURL });
  await signIn(context, officerOf(ORG));
  const staff = await context.newPage();
  await staff.goto(`/dashboard/${ORG}/requests/by-reference/${reference}`);
  await staff.getByRole("button", { name: "Claim this request" }).click();
  await expect(staff.getByText("You have claimed this request.")).toBeVisible();
  await staff.locator("summary", { hasText: "Complete" }).click();
  await staff.getByRole("radio", { name: "Fulfilled", exact: true }).check();
  await staff.getByLabel(/Message to the subject/).fill("We deleted the data we held about you.");
  await staff.getByRole("button", { name: "Complete the request" }).click();
  await expect(staff.getByText(/The request is completed/)).toBeVisible();

  // The receiver verifies every delivery with the secret it was given.
  const ours = () => receiver.received.filter((w) => (JSON.parse(w.body) as Event).data?.request?.reference === reference);
  await expect.poll(() => ours().map((w) => JSON.parse(w.body).type as string).sort(), { timeout: 30_000 }).toEqual([
    "request.closed",
    "request.status_changed",
    "request.status_changed",
    "request.status_changed",
    "request.verified",
  ]);
  for (const delivery of ours()) {
    const check = verifyWebhookSignature({ secret, header: delivery.headers["rightsdesk-signature"] as string, body: delivery.body, now: delivery.receivedAt });
    expect(check, `${delivery.headers["rightsdesk-event-type"]} is signed with the secret`).toMatchObject({ ok: true });
    expect(verifyWebhookSignature({ secret: `${secret}x`, header: delivery.headers["rightsdesk-signature"] as string, body: delivery.body, now: delivery.receivedAt })).toMatchObject({ ok: false });
    expect(delivery.body).not.toContain(`webhooks-${runId}@example.com`);
  }
  const transitions = ours()
    .map((w) => JSON.parse(w.body) as Event)
    .filter((e) => e.type === "request.status_changed")
    .map((e) => `${e.data.request.previousStatus}->${e.data.request.status}`)
    .sort();
  expect(transitions).toEqual(["IN_PROGRESS->COMPLETED", "NEW->IN_PROGRESS", "PENDING_VERIFICATION->NEW"]);

  // The delivery log shows each of them delivered, on the first attempt.
  await admin.goto(`/dashboard/${ORG}/webhooks?status=DELIVERED`);
  const log = admin.getByRole("table", { name: "Webhook deliveries, newest first" });
  for (const event of ours().map((w) => JSON.parse(w.body) as Event)) {
    const row = log.getByRole("row", { name: new RegExp(event.id) });
    await expect(row).toContainText(event.type);
    await expect(row).toContainText("Delivered");
    await expect(row).toContainText("HTTP 200");
  }
  await expectAccessible(admin);
});

test("an admin creates an API key, is shown it once, reads the queue with it, and revokes it", async ({ request }) => {
  await admin.goto(`/dashboard/${ORG}`);
  await admin.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "API keys" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("API keys");
  const form = admin.getByRole("form", { name: "Create an API key" });

  // Nothing named: the browser says so beside the field and in the summary, and puts the cursor in the field.
  await form.getByRole("button", { name: "Create API key" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Name the key, e.g. the system that will use it.");
  await expect(form.getByRole("textbox", { name: "Name" })).toBeFocused();

  const name = `CRM sync ${runId}`;
  await form.getByRole("textbox", { name: "Name" }).fill(name);
  await form.getByRole("button", { name: "Create API key" }).click();
  const secret = admin.getByLabel("The key");
  await expect(secret).toBeFocused();
  const token = await secret.inputValue();
  expect(token).toMatch(/^rdk_/);
  await expect(form.getByRole("textbox", { name: "Name" })).toHaveValue(""); // ready for the next one
  await expectAccessible(admin);

  const listing = await request.get(`/api/v1/orgs/${ORG}/requests`, { headers: { authorization: `Bearer ${token}` } });
  expect(listing.status()).toBe(200);
  expect(Array.isArray((await listing.json()).data)).toBe(true);

  await admin.reload();
  await expect(admin.getByLabel("The key")).toHaveCount(0); // never shown again
  const row = admin.getByRole("row").filter({ hasText: name });
  await row.locator("summary", { hasText: "Revoke" }).click();
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(admin.getByRole("row").filter({ hasText: name })).toContainText("Revoked");
  expect((await request.get(`/api/v1/orgs/${ORG}/requests`, { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);
});
