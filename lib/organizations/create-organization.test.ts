// Creating an organization against a real database: its creator becomes its OWNER, with a working portal
// (one relationship, the core request types); slugs that are taken, reserved or malformed are refused; the
// operators' path creates the owner's account and emails them a sign-in link through the outbox.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type PrismaClient } from "@/lib/db/client";
import { createStaff } from "@/lib/requests/test-fixtures";
import { createTestOrganization } from "@/lib/testing/test-organization";
import { createOrganization, createOrganizationAsUser, OPERATOR_ACTOR, ORGANIZATIONS_PER_USER_PER_DAY } from "./create-organization";
import { getPortalOrganization } from "./get-portal-organization";
import { isReservedSlug } from "./reserved-slugs";

let db: PrismaClient;

beforeAll(async () => {
  db = await getDb();
});

const uniqueSlug = () => `new-${randomBytes(4).toString("hex")}`;

async function signedInUser() {
  const email = `founder-${randomBytes(4).toString("hex")}@example.com`;
  const user = await db.user.create({ data: { email, name: "Fran Founder" } });
  return { user, actor: { userId: user.id, email, ip: "203.0.113.5" } };
}

const answers = (slug: string) => ({ name: "Kea Kitchens", slug, country: "NZ", timeZone: "Pacific/Auckland", privacyEmail: "Privacy@KeaKitchens.example" });

describe("createOrganizationAsUser", () => {
  it("makes the signed-in user the OWNER of a new organization whose portal works at once, and audits it", async () => {
    const { user, actor } = await signedInUser();
    const slug = uniqueSlug();
    const result = await createOrganizationAsUser({ userId: user.id, input: answers(slug), actor, now: new Date() });
    if (!result.ok) throw new Error(result.error);
    expect(result.organization).toMatchObject({ slug, name: "Kea Kitchens" });

    const membership = await db.membership.findFirstOrThrow({ where: { organizationId: result.organization.id } });
    expect(membership).toMatchObject({ userId: user.id, role: "OWNER" });

    const portal = await getPortalOrganization(slug);
    expect(portal).toMatchObject({
      name: "Kea Kitchens",
      legalName: "Kea Kitchens",
      privacyEmail: "privacy@keakitchens.example",
      country: "NZ",
      timeZone: "Pacific/Auckland",
      defaultJurisdiction: "NZ",
      regime: "DEFAULT",
      requestTypes: ["ACCESS", "CORRECTION", "DELETION", "EXPORT"],
    });
    expect(portal?.relationships).toEqual([expect.objectContaining({ key: "customer", queue: "CONTROLLER" })]);
    const org = await db.organization.findUniqueOrThrow({ where: { slug } });
    // The law of its country applies to subjects from there.
    expect(org.regimes).toEqual(["NZ"]);

    const audit = await db.auditEvent.findMany({ where: { organizationId: org.id } });
    expect(audit).toEqual([
      expect.objectContaining({ action: "organization.create", actorUserId: user.id, ip: "203.0.113.5", after: expect.objectContaining({ slug, owner: user.email }) }),
    ]);
  });

  it("refuses a slug that is taken, reserved or malformed, and creates nothing", async () => {
    const { user, actor } = await signedInUser();
    const existing = await createTestOrganization(db);
    const cases: [string, RegExp][] = [
      [existing.slug, /is taken/],
      ["dashboard", /used by Rightsdesk itself/],
      ["sign-in", /used by Rightsdesk itself/],
      ["Bad Slug!", /lower-case letters, digits and hyphens/],
      ["-dash", /lower-case letters/],
      ["x", /at least 2/],
    ];
    for (const [slug, message] of cases) {
      const result = await createOrganizationAsUser({ userId: user.id, input: answers(slug), actor, now: new Date() });
      expect(result, slug).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringMatching(message)] } });
    }
    // Other test files may create organizations meanwhile: count only these addresses.
    expect(await db.organization.count({ where: { slug: { in: cases.map(([slug]) => slug.toLowerCase().trim()) } } })).toBe(1);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses other invalid answers field by field", async () => {
    const { user, actor } = await signedInUser();
    const result = await createOrganizationAsUser({
      userId: user.id,
      input: { name: "", slug: uniqueSlug(), country: "Narnia", timeZone: "Middle/Earth", privacyEmail: "nobody" },
      actor,
      now: new Date(),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["country", "name", "privacyEmail", "timeZone"]);
  });

  it(`lets one user create at most ${ORGANIZATIONS_PER_USER_PER_DAY} organizations a day`, async () => {
    const { user, actor } = await signedInUser();
    const now = new Date();
    for (let i = 0; i < ORGANIZATIONS_PER_USER_PER_DAY; i++) {
      expect((await createOrganizationAsUser({ userId: user.id, input: answers(uniqueSlug()), actor, now })).ok).toBe(true);
    }
    const refused = await createOrganizationAsUser({ userId: user.id, input: answers(uniqueSlug()), actor, now });
    expect(refused).toMatchObject({ ok: false, code: "not_allowed" });
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(ORGANIZATIONS_PER_USER_PER_DAY);
  });
});

describe("createOrganization for operators", () => {
  it("creates the owner's account when missing and emails them a sign-in link through the outbox", async () => {
    const slug = uniqueSlug();
    const email = `owner-${randomBytes(4).toString("hex")}@example.org`;
    const result = await createOrganization({
      input: answers(slug),
      owner: { email: email.toUpperCase() },
      actor: OPERATOR_ACTOR,
      now: new Date(),
      emailSignInLink: true,
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.owner).toMatchObject({ email, isNewUser: true });
    expect(result.emailedSignInLink).toBe(true);

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toBeNull();
    expect(await db.membership.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ role: "OWNER", organizationId: result.organization.id });
    expect(await db.authToken.count({ where: { userId: user.id, purpose: "EMAIL_SIGN_IN", usedAt: null } })).toBe(1);
    const [mail] = await db.outboxEmail.findMany({ where: { toAddress: email } });
    expect(mail?.subject).toBe("You are the owner of Kea Kitchens on Rightsdesk");
    expect(mail?.textBody).toMatch(/\/sign-in\/link\/[A-Za-z0-9_-]{43}/);
    expect((await db.auditEvent.findFirstOrThrow({ where: { organizationId: result.organization.id } })).ip).toBe("cli");
  });

  it("makes an existing user the owner without creating another account", async () => {
    const org = await createTestOrganization(db);
    const staff = await createStaff(db, org, "OFFICER");
    const result = await createOrganization({ input: answers(uniqueSlug()), owner: { email: staff.user.email }, actor: OPERATOR_ACTOR, now: new Date() });
    if (!result.ok) throw new Error(result.error);
    expect(result.owner).toMatchObject({ userId: staff.user.id, isNewUser: false });
    expect(await db.membership.count({ where: { userId: staff.user.id } })).toBe(2);
  });

  it("refuses an owner email that is no address", async () => {
    const result = await createOrganization({ input: answers(uniqueSlug()), owner: { email: "not-an-email" }, actor: OPERATOR_ACTOR, now: new Date() });
    expect(result).toMatchObject({ ok: false, fieldErrors: { ownerEmail: [expect.any(String)] } });
  });
});

describe("reserved slugs", () => {
  it("include every route folder of app/ that could be mistaken for an organization", () => {
    const appDir = path.join(process.cwd(), "app");
    const folders = (dir: string) =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
    const routeNames = (dir: string): string[] =>
      folders(dir).flatMap((name) => (name.startsWith("(") ? routeNames(path.join(dir, name)) : name.startsWith("[") ? [] : [name]));
    // /{slug} (portal) and /dashboard/{slug} (workspace) share their level with these.
    const topLevel = routeNames(appDir);
    const dashboardDir = path.join(appDir, "(dashboard)", "dashboard");
    const underDashboard = routeNames(dashboardDir);
    expect(topLevel).toEqual(expect.arrayContaining(["dashboard", "api", "sign-in", "dev"]));
    for (const name of [...topLevel, ...underDashboard]) expect(isReservedSlug(name), name).toBe(true);
  });
});
