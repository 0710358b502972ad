// Addresses that used to answer 500 (issue 13): broken percent-encoding in the path, answered 400 by our own
// server before Next.js sees it, and queue addresses with crafted cursors, which show the first page.
import { expect, test } from "@playwright/test";
import { fileAndConfirm, officerOf, signIn } from "./support/staff";

// Its officer signs in here and nowhere signs out everywhere (auth.spec.ts does that to opsduty's).
const ORG = "opsient";

test("an address with broken percent-encoding gets 400 in the API's error shape", async ({ request }) => {
  for (const path of ["/%ff", "/dashboard/%ff", `/dashboard/${ORG}/requests/%ff`, "/api/v1/orgs/%ff/requests", "/opsiq/status/%E0%A4%A", "/%zz?q=1"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(response.headers()["content-type"]).toBe("application/json");
    expect(await response.json()).toEqual({ error: { code: "invalid_request", message: expect.stringContaining("%") } });
  }
  // A % that is encoded properly, and broken encoding in the query (which Next.js reads leniently), still work.
  expect((await request.get("/api/health?x=%ff")).status()).toBe(200);
  expect((await request.get(`/${ORG}/status/%41`, { maxRedirects: 0 })).status()).toBeLessThan(500);
});

test("a queue address with a crafted cursor shows the first page", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const subject = await browser.newPage();
  await fileAndConfirm(subject, { org: ORG, email: `cursor-${Date.now().toString(36)}@example.com`, relationship: /^I have an Opsient account/ });
  await subject.close();
  const context = await browser.newContext({ baseURL });
  await signIn(context, officerOf(ORG));
  const page = await context.newPage();
  const cursor = (inside: string) => Buffer.from(inside).toString("base64url");
  const id = crypto.randomUUID();
  for (const [sort, crafted] of [
    ["due", cursor(`999999999999999.${id}`)],
    ["received", cursor(`-.${id}`)],
  ] as const) {
    await page.goto(`/dashboard/${ORG}/queue?status=all&sort=${sort}`);
    const firstPage = await page.getByRole("row").allTextContents();
    expect(firstPage.length).toBeGreaterThan(1);
    for (const direction of ["after", "before"]) {
      const response = await page.goto(`/dashboard/${ORG}/queue?status=all&sort=${sort}&${direction}=${crafted}`);
      expect(response!.status()).toBe(200);
      expect(await page.getByRole("row").allTextContents()).toEqual(firstPage);
    }
  }
  await context.close();
});
