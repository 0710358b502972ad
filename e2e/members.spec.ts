// Members and invitations: OpsDuty's owner invites a new privacy officer; the invitation arrives at a real
// SMTP server; the invitee creates an account from it, signs in, finds the queue and claims a request. The
// owner sees them join. A viewer of the same organization neither sees nor can use the members page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { extractLinks, waitForEmail } from "./support/mailbox";
import { ownerOf, signInSettingUpTwoFactor } from "./support/owner";
import { fileAndConfirm, openByReference, signIn, viewerOf } from "./support/staff";

const runId = Date.now().toString(36);
const ORG = "opsduty";
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

// The owner's two-factor set-up happens once, in the first test; the second borrows the signed-in session.
test.describe.configure({ mode: "serial" });
let ownerSession: Awaited<ReturnType<BrowserContext["storageState"]>> | undefined;
// The officer who joined in the first test, and the request they claimed.
let joined: { email: string; password: string; reference: string } | undefined;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("the owner invites a new officer, who creates an account, signs in and works the queue", async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  const invitee = `new-officer-${runId}@example.com`;
  const filed = await fileAndConfirm(page, { org: ORG, email: `members-${runId}@example.com`, relationship: /^I have an OpsDuty account/ });

  // The owner finds the members page in the workspace navigation.
  const owner = await signInSettingUpTwoFactor(browser, baseURL!, ownerOf(ORG));
  ownerSession = await owner.context().storageState();
  await owner.goto(`/dashboard/${ORG}/queue`);
  await owner.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Members" }).click();
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText("Members");
  const members = owner.getByRole("table", { name: "The members of OpsDuty" });
  await expect(members.getByRole("row", { name: /officer@opsduty\.example/ })).toContainText("Privacy officer");
  await expectNoAxeViolations(owner);

  // Nothing typed, then a member's address: refused next to the field, nothing sent.
  await owner.getByRole("button", { name: "Send invitation" }).click();
  await expect(owner.getByText("Enter the email address of the person to invite.").first()).toBeVisible();
  await owner.getByLabel(/^Email address/).fill(`Officer@${ORG}.example`);
  await owner.getByRole("button", { name: "Send invitation" }).click();
  await expect(owner.getByText(`officer@${ORG}.example is already a member of OpsDuty (Privacy officer).`, { exact: false }).first()).toBeVisible();
  await expect(owner.getByLabel(/^Email address/)).toHaveValue(`Officer@${ORG}.example`);

  await owner.getByLabel(/^Email address/).fill(invitee);
  await owner.getByRole("radio", { name: /^Privacy officer/ }).check();
  await owner.getByRole("button", { name: "Send invitation" }).click();
  await expect(owner.getByText(`Invitation sent to ${invitee} (Privacy officer).`)).toBeVisible();
  await expect(owner.getByLabel(/^Email address/)).toHaveValue("");
  const pending = owner.getByRole("table", { name: "Invitations not accepted yet" });
  await expect(pending.getByRole("row", { name: new RegExp(invitee) })).toContainText("Privacy officer");
  await owner.getByText("Change role or queues").first().click();
  await expectNoAxeViolations(owner);
  await owner.screenshot({ path: "/tmp/members-page.png", fullPage: true });

  // The invitation, as it arrived. Opening the link changes nothing until the invitee acts.
  const email = await waitForEmail({ to: invitee, subjectIncludes: "Join OpsDuty's privacy team" });
  expect(email.text).toContain("Your role: Privacy officer.");
  const link = extractLinks(email.text).find((l) => l.includes("/invitations/"));
  expect(link, "the email holds the invitation link").toBeTruthy();
  const invited = await (await browser.newContext({ baseURL })).newPage();
  await invited.goto(link!);
  await expect(invited.getByRole("heading", { level: 1 })).toHaveText("Join OpsDuty");
  await expect(invited.getByLabel(/^Email address/)).toHaveValue(invitee);
  await expectNoAxeViolations(invited);

  await invited.getByLabel(/^Your name/).fill("Nikau Officer");
  await invited.getByLabel(/^Choose a password/).fill("too short");
  await invited.getByLabel(/^Type the password again/).fill("too short");
  await invited.getByRole("button", { name: "Create my account and join OpsDuty" }).click();
  await expect(invited.getByText("Choose a password of at least 12 characters.").first()).toBeVisible();
  await invited.screenshot({ path: "/tmp/members-invitation.png", fullPage: true });
  const password = "kowhai tui pohutukawa";
  await invited.getByLabel(/^Choose a password/).fill(password);
  await invited.getByLabel(/^Type the password again/).fill(password);
  await invited.getByRole("button", { name: "Create my account and join OpsDuty" }).click();

  // Then sign in as anyone would, the address already filled in, and land in the organization's queue.
  await expect(invited).toHaveURL(/\/sign-in\?/);
  await expect(invited.getByText("Your account is ready")).toBeVisible();
  await expect(invited.getByLabel(/^Email address/)).toHaveValue(invitee);
  await invited.getByLabel(/^Password/).fill(password);
  await invited.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(invited).toHaveURL(new RegExp(`/dashboard/${ORG}/queue$`));
  await expect(invited.getByRole("link", { name: filed.reference })).toBeVisible();
  await expect(invited.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Members" })).toHaveCount(0);
  await openByReference(invited, ORG, filed.reference);
  await invited.getByRole("button", { name: "Claim this request" }).click();
  await expect(invited.getByText("You have claimed this request.")).toBeVisible();
  await expect(invited.getByText("Assignee: Nikau Officer")).toBeVisible();
  joined = { email: invitee, password, reference: filed.reference };

  // The owner sees the new member with the claimed request; nothing is pending any more.
  await owner.goto(`/dashboard/${ORG}/members`);
  const row = members.getByRole("row", { name: new RegExp(invitee) });
  await expect(row).toContainText("Nikau Officer");
  await expect(row).toContainText("Privacy officer");
  await expect(row.getByRole("cell").nth(2)).toHaveText("1");
  await expect(owner.getByText("No invitation is waiting to be accepted.")).toBeVisible();

  // The link worked once.
  const stranger = await (await browser.newContext({ baseURL })).newPage();
  await stranger.goto(link!);
  await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("This invitation has been used");
});

test("a viewer neither sees the members page nor can use its forms", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  expect(ownerSession, "the owner signed in in the test before").toBeTruthy();
  const viewerContext = await browser.newContext({ baseURL, javaScriptEnabled: false });
  await signIn(viewerContext, viewerOf(ORG));
  const viewer = await viewerContext.newPage();
  await viewer.goto(`/dashboard/${ORG}/queue`);
  await expect(viewer.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Queue" })).toBeVisible();
  await expect(viewer.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Members" })).toHaveCount(0);
  expect((await viewer.goto(`/dashboard/${ORG}/members`))?.status()).toBe(404);
  await expect(viewer.getByRole("button", { name: "Send invitation" })).toHaveCount(0);

  // Handed the owner's invitation form, posted without JavaScript, the viewer is refused on the server.
  const owner = await (await browser.newContext({ baseURL, storageState: ownerSession, javaScriptEnabled: false })).newPage();
  await owner.goto(`/dashboard/${ORG}/members`);
  const inviteForm = await owner.locator("form", { has: owner.getByRole("button", { name: "Send invitation" }) }).evaluate((f) => f.outerHTML);
  // Posted to the members page's address, where the action lives (for the viewer, its 404 page).
  const postCopy = async (target: Page, address: string) => {
    await target.goto(`/dashboard/${ORG}/members`);
    await target.evaluate((html) => document.body.insertAdjacentHTML("beforeend", html), inviteForm);
    await target.locator("#invite-email").last().fill(address);
    await target.locator("#invite-role-ADMIN").last().check();
    const [response] = await Promise.all([
      target.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith(`/dashboard/${ORG}/members`)),
      target.getByRole("button", { name: "Send invitation" }).last().click(),
    ]);
    return response.status();
  };
  const byViewer = `viewer-attempt-${runId}@example.com`;
  // The action ran (an unknown action would answer 409) and refused; then the page itself is not found.
  expect(await postCopy(viewer, byViewer)).toBe(404);
  const byOwner = `owner-copy-${runId}@example.com`;
  expect(await postCopy(owner, byOwner)).toBe(200);

  // The very same form worked for the owner: the viewer was refused, not the form.
  await owner.goto(`/dashboard/${ORG}/members`);
  const pending = owner.getByRole("table", { name: "Invitations not accepted yet" });
  await expect(pending.getByRole("row", { name: new RegExp(byOwner) })).toContainText("Admin");
  await expect(pending.getByRole("row", { name: new RegExp(byViewer) })).toHaveCount(0);
});

test("a removed officer's request is unassigned; invited again, they join with one press while signed in", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  expect(joined, "the officer joined in the first test").toBeTruthy();
  const { email, password, reference } = joined!;
  const owner = await (await browser.newContext({ baseURL, storageState: ownerSession })).newPage();
  await owner.goto(`/dashboard/${ORG}/members`);
  const row = owner.getByRole("table", { name: "The members of OpsDuty" }).getByRole("row", { name: new RegExp(email) });
  await row.locator("summary", { hasText: "Remove" }).click();
  await expect(row.getByText("Their open request becomes unassigned")).toBeVisible();
  await row.getByRole("button", { name: "Remove Nikau Officer" }).click();
  await expect(owner.getByText("The member was removed. Their open requests are unassigned now")).toBeVisible();
  await expect(owner.getByRole("row", { name: new RegExp(email) })).toHaveCount(0);
  await openByReference(owner, ORG, reference);
  await expect(owner.getByText("Assignee: nobody")).toBeVisible();
  await expect(owner.getByText("Unassigned: Nikau Officer was removed from the organization by OpsDuty Admin.")).toBeVisible();

  // Still signed in, the removed officer can no longer open the organization.
  const officerContext = await browser.newContext({ baseURL });
  await signIn(officerContext, { email, password });
  const officer = await officerContext.newPage();
  expect((await officer.goto(`/dashboard/${ORG}/queue`))?.status()).toBe(404);

  // Invited again, as a viewer this time.
  await owner.goto(`/dashboard/${ORG}/members`);
  const since = new Date();
  await owner.getByLabel(/^Email address/).fill(email);
  await owner.getByRole("radio", { name: /^Viewer/ }).check();
  await owner.getByRole("button", { name: "Send invitation" }).click();
  await expect(owner.getByText(`Invitation sent to ${email} (Viewer (read-only)).`)).toBeVisible();
  const invitation = await waitForEmail({ to: email, subjectIncludes: "Join OpsDuty's privacy team", since });
  const link = extractLinks(invitation.text).find((l) => l.includes("/invitations/"))!;

  // Someone signed in with another address is told what to do, and changes nothing.
  await owner.goto(link);
  await expect(owner.getByText("You are signed in with another address")).toBeVisible();
  await expect(owner.getByRole("button", { name: "Sign out of admin@opsduty.example" })).toBeVisible();

  await officer.goto(link);
  await expect(officer.getByText(`You are signed in as ${email}.`)).toBeVisible();
  await expectNoAxeViolations(officer);
  await officer.screenshot({ path: "/tmp/members-join.png", fullPage: true });
  await officer.getByRole("button", { name: "Join OpsDuty as Viewer (read-only)" }).click();
  await expect(officer).toHaveURL(new RegExp(`/dashboard/${ORG}/queue$`));
  await openByReference(officer, ORG, reference);
  await expect(officer.getByText("Your role, Viewer (read-only), lets you see this request but not act on it.")).toBeVisible();
  await officer.goto(link);
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("This invitation has been used");
});
