// The public portal as a data subject first meets it: the list of organizations, one organization's page,
// a mistyped address, and the health check a load balancer polls.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoOrganizations } from "../prisma/seed-data/organizations";

const opsiq = demoOrganizations.find((o) => o.slug === "opsiq")!;

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  // Listed by rule and element, so a failure says what to fix.
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("the front page lists the five demo organizations, each linking to its portal", async ({ page }) => {
  await page.goto("/");
  const organizations = page.getByRole("region", { name: "Organizations" });
  await expect(organizations.getByRole("link")).toHaveCount(5);
  for (const slug of ["opscotch", "opsduty", "opsient", "opsentry", "opsiq"]) {
    const org = demoOrganizations.find((o) => o.slug === slug)!;
    await expect(organizations.getByRole("link", { name: org.name, exact: true })).toHaveAttribute("href", `/${slug}`);
  }

  await organizations.getByRole("link", { name: "OpsIQ", exact: true }).click();
  await expect(page).toHaveURL("/opsiq");
});

test("an organization's page names it and leads to the request form", async ({ page }) => {
  await page.goto("/opsiq");
  await expect(page.getByRole("heading", { level: 1, name: opsiq.name })).toBeVisible();
  const makeRequest = page.getByRole("link", { name: "Make a request" });
  await expect(makeRequest.first()).toBeVisible();
  for (const link of await makeRequest.all()) await expect(link).toHaveAttribute("href", "/opsiq/request");
});

test("an unknown organization gets a friendly 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-org");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "See all organizations" })).toHaveAttribute("href", "/");
});

test("the health check answers 200 while the database is reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok" });
});

for (const path of ["/", "/opsiq"]) {
  test(`${path} has no WCAG 2 A/AA violations that axe can find`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
