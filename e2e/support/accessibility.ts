// The accessibility scan the specs run after an action or a navigation: axe's WCAG 2.1 A/AA rules on the
// settled page. After a server action or a client-side navigation the new <title> can land a moment after
// the body (seen in CI: axe found no <title>), so the scan waits for one first.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export async function expectAccessible(page: Page): Promise<void> {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
