// An organization's overview: a request confirmed on the portal shows up in the open figures and in this
// month's arrivals, the charts come with their tables, a viewer may read it, and the yearly CCPA report
// downloads as a CSV that parses.
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { fileAndConfirm, officerOf, signIn, viewerOf } from "./support/staff";

const runId = Date.now().toString(36);

function parseCsv(text: string): string[][] {
  // Enough for the report: no field holds a quote, comma or line break.
  return text.trim().split("\r\n").map((line) => line.split(","));
}

test("an officer reads the overview and downloads the CCPA report; a viewer can read it too", async ({ page, context }) => {
  await fileAndConfirm(page, { org: "opsentry", email: `overview-${runId}@example.com`, relationship: /^I have an Opsentry account/, type: /Delete my data/ });

  await signIn(context, officerOf("opsentry"));
  await page.goto("/dashboard/opsentry/queue");
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Overview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();

  const figures = page.getByRole("list", { name: "Headline figures" });
  const open = Number(await figures.getByRole("listitem").filter({ hasText: "Open requests" }).locator("span").last().innerText());
  expect(open).toBeGreaterThanOrEqual(1);

  // The table beside the monthly chart: this month's row counts the deletion request.
  const monthly = page.getByRole("table", { name: "Requests received per month, by type" });
  const deleteColumn = (await monthly.getByRole("columnheader").allInnerTexts()).indexOf("Delete my data");
  expect(deleteColumn).toBeGreaterThan(0);
  const lastRow = monthly.getByRole("row").last();
  expect(Number((await lastRow.getByRole("cell").allInnerTexts())[deleteColumn - 1])).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole("table", { name: "Open requests by status and queue" })).toBeVisible();

  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  await page.screenshot({ path: "test-results/overview.png", fullPage: true });

  const year = String(new Date().getUTCFullYear());
  await page.getByLabel("Year", { exact: true }).selectOption(year);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe(`opsentry-ccpa-metrics-${year}.csv`);
  const rows = parseCsv(fs.readFileSync((await download.path())!, "utf8"));
  expect(rows[0]).toEqual(["request type", "year", "received", "complied with in whole or in part", "denied", "median days to respond"]);
  const deletions = rows.find((r) => r[0] === "Delete my data");
  expect(deletions?.[1]).toBe(year);
  expect(Number(deletions?.[2])).toBeGreaterThanOrEqual(1);

  // A viewer reads the same overview.
  await context.clearCookies();
  await signIn(context, viewerOf("opsentry"));
  await page.goto("/dashboard/opsentry");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
});
