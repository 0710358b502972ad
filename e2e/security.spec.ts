// The attack surface as a browser sees it: security headers on every kind of response, cross-site posts
// refused, session cookies out of scripts' reach, and hostile text shown as text wherever it appears —
// any dialog that opens fails the test (a script ran).
import { expect, test, type Page } from "@playwright/test";
import { fileAndConfirm, officerOf, signIn } from "./support/staff";

const runId = Date.now().toString(36);
const ORG = "opsentry";
const PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>", '"><svg/onload=alert(3)>', "javascript:alert(4)"];

function failOnDialog(page: Page) {
  page.on("dialog", async (dialog) => {
    await dialog.dismiss();
    throw new Error(`A script ran: a ${dialog.type()} dialog said "${dialog.message()}"`);
  });
}

test("every kind of response carries the security headers, with a fresh nonce and a request id", async ({ request }) => {
  const kinds = {
    page: await request.get(`/${ORG}/request`),
    api: await request.get("/api/v1/openapi.json"),
    apiError: await request.post(`/api/v1/orgs/${ORG}/requests`, { data: "{", headers: { "Content-Type": "application/json" } }),
    notFound: await request.get("/no-such-organization-here"),
    fileRoute: await request.get(`/${ORG}/status/${"A".repeat(43)}/files/00000000-0000-4000-8000-000000000000`),
  };
  const nonces = new Set<string>();
  for (const [kind, response] of Object.entries(kinds)) {
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, kind).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(csp, kind).not.toContain("unsafe-eval");
    expect(csp, kind).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], kind).toBe("DENY");
    expect(headers["x-content-type-options"], kind).toBe("nosniff");
    expect(headers["referrer-policy"], kind).toBe("same-origin");
    expect(headers["permissions-policy"], kind).toContain("camera=()");
    // The test server is plain http: no HSTS, which would pin the host to https.
    expect(headers["strict-transport-security"], kind).toBeUndefined();
    expect(headers["x-request-id"], kind).toMatch(/^[0-9a-f-]{36}$/);
    nonces.add(/'nonce-([^']+)'/.exec(csp)![1]!);
  }
  expect(nonces.size).toBe(Object.keys(kinds).length);
  expect(kinds.notFound.status()).toBe(404);

  // The embeddable form may be framed by any site (decision 12); nothing else may.
  const embed = await request.get(`/embed/${ORG}`);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();

  // A caller's own sane request id is kept and comes back; an insane one is replaced.
  const traced = await request.get("/api/health", { headers: { "X-Request-Id": "lb-7f3a9c2e11" } });
  expect(traced.headers()["x-request-id"]).toBe("lb-7f3a9c2e11");
  const forged = await request.get("/api/health", { headers: { "X-Request-Id": "x y <script>" } });
  expect(forged.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("the page's own scripts run under the policy: the request form still works with JavaScript", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`/${ORG}/request`);
  // A client-side check only hydrated React shows: the form explains the empty field without a round trip.
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText(/required|choose/i).first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("a server action posted from another site is refused, and next-auth refuses a sign-in without its CSRF token", async ({ page, request }) => {
  await page.goto(`/${ORG}/request`);
  const actionId = await page.locator('input[name^="$ACTION_"][name$=":0"]').first().getAttribute("value").then((v) => (JSON.parse(v!) as { id: string }).id);
  const crossSite = await request.post(`/${ORG}/request`, {
    headers: { "Next-Action": actionId, Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([ORG, null, "$K1"]),
  });
  expect(crossSite.status()).toBe(403);
  expect((await crossSite.json()).error.message).toMatch(/Cross-site request refused/);

  const noToken = await request.post("/api/auth/callback/password", {
    form: { email: officerOf(ORG).email, password: officerOf(ORG).password, json: "true" },
  });
  // With json=true next-auth answers where it would redirect: back to sign-in, flagged as a CSRF failure.
  expect((await noToken.json()).url).toContain("csrf=true");
  const session = await (await request.get("/api/auth/session")).json();
  expect(session).toEqual({});
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ context }) => {
  await signIn(context, officerOf(ORG));
  const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session, "a session cookie").toBeTruthy();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  const csrf = (await context.cookies()).find((c) => c.name.endsWith("next-auth.csrf-token"));
  expect(csrf?.httpOnly).toBe(true);
});

test("hostile text from a subject and an officer shows as text on the staff page, the queue and the status page", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  failOnDialog(page);
  const name = `${PAYLOADS[0]} ${PAYLOADS[1]}`;
  const email = `xss-${runId}@example.com`;
  const { reference, statusUrl } = await fileAndConfirm(page, { org: ORG, email, relationship: /^I have an Opsentry account/, name });

  const context = await browser.newContext({ baseURL });
  await signIn(context, officerOf(ORG));
  const staff = await context.newPage();
  failOnDialog(staff);
  await staff.goto(`/dashboard/${ORG}/requests/by-reference/${reference}`);
  await staff.getByRole("button", { name: "Reveal name and email" }).click();
  await expect(staff.getByText(name).first()).toBeVisible();
  await staff.getByRole("button", { name: "Claim this request" }).click();
  await expect(staff.getByText("You have claimed this request.")).toBeVisible();
  const reply = `${PAYLOADS[2]} and ${PAYLOADS[3]}`;
  await staff.locator("summary", { hasText: "Reply to the subject" }).click();
  await staff.locator("#reply-message").fill(reply);
  await staff.getByRole("button", { name: "Send reply" }).click();
  await expect(staff.getByText(/Reply sent to the subject/)).toBeVisible();
  await expect(staff.getByText(reply).first()).toBeVisible();
  expect(await staff.locator("img[src=x], svg[onload]").count()).toBe(0);

  // Revealed on the request page, the subject is revealed in the queue too for the day; the name is text.
  await staff.goto(`/dashboard/${ORG}/queue`);
  const row = staff.getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("Revealed to you (recorded)");
  await expect(row).toContainText(name);

  // The subject's status page shows the officer's reply literally.
  await page.goto(statusUrl);
  await expect(page.getByText(reply).first()).toBeVisible();
  expect(await page.locator("img[src=x], svg[onload]").count()).toBe(0);
  await context.close();
});
