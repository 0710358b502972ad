// Shared steps of the staff-side specs: signing in, and a data subject filing and confirming a request.
import { expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { extractLinks, waitForEmail } from "./mailbox";
import { demoOrganizations } from "../../prisma/seed-data/organizations";

export type Account = { email: string; password: string };

export const officerOf = (slug: string): Account => ({ email: `officer@${slug}.example`, password: "rightsdesk-officer" });
export const viewerOf = (slug: string): Account => ({ email: `viewer@${slug}.example`, password: "rightsdesk-viewer" });

/** Signs in through next-auth's password provider; the session cookie lands in the context. */
export async function signIn(target: BrowserContext | APIRequestContext, who: Account): Promise<void> {
  const request = "request" in target ? target.request : target;
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/password", {
    form: { csrfToken, email: who.email, password: who.password, json: "true" },
  });
  expect(response.ok(), `${who.email} can sign in`).toBe(true);
}

export type ConfirmedRequest = { reference: string; statusUrl: string };

export type Filing = {
  org: string;
  email: string;
  /** The relationship's label, from its start. */
  relationship: RegExp;
  type?: RegExp;
  name?: string;
  /** For a processor relationship: the customer the subject dealt with. */
  controllerName?: string;
  /** Where the subject lives (a jurisdiction code such as "DE"); otherwise where the demo organization's people mostly live. */
  jurisdiction?: string;
};

/** The form never assumes where a subject lives: the specs choose, by default where most of a demo organization's people live. */
const usualJurisdiction = (org: string) => demoOrganizations.find((o) => o.slug === org)?.defaultJurisdiction ?? "NZ";

/** Files a request on the portal as a data subject would, up to "check your email". */
export async function fileRequest(page: Page, { org, email, relationship, type = /Access my data/, name = "Aroha Ngata", controllerName, jurisdiction }: Filing) {
  await page.goto(`/${org}/request`);
  await page.getByRole("radio", { name: type }).check();
  await page.getByRole("radio", { name: relationship }).check();
  if (controllerName) await page.getByLabel(/Which website|Which of our customers|Which company/).fill(controllerName);
  await page.getByLabel(/Your full name/).fill(name);
  await page.getByLabel(/Your email address/).fill(email);
  await page.getByLabel(/Where do you live/).selectOption(jurisdiction ?? usualJurisdiction(org));
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email to confirm");
}

/** Opens the emailed verification link: the request's reference and private status page. */
export async function confirmByEmail(page: Page, org: string, email: string): Promise<ConfirmedRequest> {
  const verification = await waitForEmail({ to: email, subjectIncludes: "Confirm your privacy request" });
  const link = extractLinks(verification.text).find((l) => l.includes(`/${org}/verify/`));
  expect(link, "the email holds a verification link").toBeTruthy();
  await page.goto(link!);
  await expect(page.getByText("Thank you, your request is confirmed")).toBeVisible();
  const reference = (await page.getByRole("heading", { level: 1 }).innerText()).replace(/^Request /, "");
  return { reference, statusUrl: page.url().split("?")[0]! };
}

export async function fileAndConfirm(page: Page, filing: Filing): Promise<ConfirmedRequest> {
  await fileRequest(page, filing);
  return confirmByEmail(page, filing.org, filing.email);
}

/** The staff page's id of a request, found by its reference. */
export async function openByReference(page: Page, org: string, reference: string): Promise<string> {
  await page.goto(`/dashboard/${org}/requests/by-reference/${reference}`);
  await expect(page).toHaveURL(new RegExp(`/dashboard/${org}/requests/[0-9a-f-]{36}$`));
  return new URL(page.url()).pathname.split("/").pop()!;
}
