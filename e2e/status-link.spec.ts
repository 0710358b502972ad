// A status link stops working 90 days after its request closed (Opscotch's default). The subject opens the old
// link, sees that it expired, asks for a new one with their email address, reads the email in the real SMTP
// sink and opens the new link; the old one stays dead. Another address gets the same answer and no email.
// The request was closed 100 days ago by scripts/e2e-arrange.ts, before the app started.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { AGED_REQUEST, readAgedRequest } from "./support/aged-request";
import { extractLinks, waitForEmail } from "./support/mailbox";

const runId = Date.now().toString(36);

test("an expired status link offers a fresh one by email, which works while the old one stays dead", async ({ page }) => {
  test.setTimeout(90_000);
  const { reference, statusToken } = readAgedRequest();
  const oldLink = `/${AGED_REQUEST.orgSlug}/status/${statusToken}`;

  await page.goto(oldLink);
  await expect(page.getByRole("heading", { level: 1, name: "This status link has expired" })).toBeVisible();
  await expect(page.getByText(reference)).toHaveCount(0);
  await expectAccessible(page);

  // Someone else's address: the same answer as the right one, and no email.
  const stranger = `stranger-${runId}@example.nz`;
  await page.getByLabel("Your email address").fill(stranger);
  await page.getByRole("button", { name: "Email me a new link" }).click();
  const answer = "If this link belongs to a request made with that address, we have emailed a new link to it.";
  await expect(page.getByText(answer)).toBeVisible();

  const asked = new Date();
  await page.goto(oldLink);
  await page.getByLabel("Your email address").fill(`  ${AGED_REQUEST.email.toUpperCase()} `);
  await page.getByRole("button", { name: "Email me a new link" }).click();
  await expect(page.getByText(answer)).toBeVisible();

  const email = await waitForEmail({ to: AGED_REQUEST.email, subjectIncludes: `Your new link to request ${reference}`, since: asked });
  expect(email.text).toContain("It works for 90 days.");
  const freshLink = extractLinks(email.text).find((link) => link.includes(`/${AGED_REQUEST.orgSlug}/status/`));
  expect(freshLink).toBeDefined();
  expect(freshLink).not.toContain(statusToken);

  await page.goto(freshLink!);
  await expect(page.getByRole("heading", { level: 1, name: `Request ${reference}` })).toBeVisible();
  await expect(page.getByText("Denied", { exact: true })).toBeVisible();

  await page.goto(oldLink);
  await expect(page.getByRole("heading", { level: 1, name: "This status link has expired" })).toBeVisible();

  // The stranger never got anything.
  await expect(waitForEmail({ to: stranger, timeoutMs: 2_000 })).rejects.toThrow();
});
