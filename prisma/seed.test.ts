// The demo seed: five organizations from their policies, created once, with working development sign-ins.
// Seeding needs a database without organizations, so each test opens its own instead of the shared one.
import { verify } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/db/generated/client";
import { migrate } from "@/lib/db/migrate";
import { isJurisdiction } from "@/lib/requests/jurisdictions";
import { CORE_REQUEST_TYPES } from "@/lib/requests/labels";
import { openFreshDatabase } from "@/lib/testing/test-database";
import { seedDemo } from "./seed";
import { demoOrganizations } from "./seed-data/organizations";

const SLUGS = ["opscotch", "opsduty", "opsient", "opsentry", "opsiq"];

async function withEmptyDatabase(run: (db: PrismaClient) => Promise<void>): Promise<void> {
  const { conn, dispose } = await openFreshDatabase();
  const adapter = conn.kind === "pglite" ? new PrismaPGlite(conn.pglite) : new PrismaPg(conn.pool);
  const db = new PrismaClient({ adapter });
  try {
    await migrate(conn);
    await run(db);
  } finally {
    await db.$disconnect();
    await dispose();
  }
}

describe("seedDemo", () => {
  it("creates the five organizations, each with its relationships in order", async () => {
    await withEmptyDatabase(async (db) => {
      const result = await seedDemo(db, { withDevUsers: false });
      expect(result).toEqual({ created: true, devUsers: [] });

      const orgs = await db.organization.findMany({
        include: { relationships: { orderBy: { position: "asc" } } },
        orderBy: { slug: "asc" },
      });
      expect(orgs.map((o) => o.slug)).toEqual([...SLUGS].sort());
      for (const org of orgs) {
        expect(org.relationships.some((r) => r.queue === "CONTROLLER"), org.slug).toBe(true);
      }

      const opsiq = orgs.find((o) => o.slug === "opsiq");
      expect(opsiq?.relationships[0]).toMatchObject({ key: "account-holder", queue: "CONTROLLER" });
      const chat = opsiq?.relationships.find((r) => r.queue === "PROCESSOR");
      expect(chat?.controllerPrompt).toBeTruthy();

      const opscotch = orgs.find((o) => o.slug === "opscotch");
      expect(opscotch).toMatchObject({ legalName: "Opscotch Limited", country: "NZ", regimes: ["NZ"], timeZone: "Pacific/Auckland" });
      expect(await db.user.count()).toBe(0);
    });
  }, 60_000);

  it("gives each organization an owner, an officer and a viewer whose README passwords work", async () => {
    await withEmptyDatabase(async (db) => {
      const result = await seedDemo(db, { withDevUsers: true });
      expect(result.created).toBe(true);
      expect(result.devUsers).toHaveLength(SLUGS.length * 3);

      for (const slug of SLUGS) {
        for (const [mailbox, role, password] of [
          ["admin", "OWNER", "rightsdesk-admin"],
          ["officer", "OFFICER", "rightsdesk-officer"],
          ["viewer", "VIEWER", "rightsdesk-viewer"],
        ] as const) {
          const user = await db.user.findUnique({
            where: { email: `${mailbox}@${slug}.example` },
            include: { memberships: { include: { organization: true } } },
          });
          expect(user?.memberships.map((m) => [m.organization.slug, m.role])).toEqual([[slug, role]]);
          expect(await verify(user?.passwordHash ?? "", password)).toBe(true);
          expect(await verify(user?.passwordHash ?? "", "wrong-password")).toBe(false);
          expect(result.devUsers).toContainEqual({ email: `${mailbox}@${slug}.example`, password, role, org: slug });
        }
      }
    });
  }, 60_000);

  it("does nothing when the database already has organizations", async () => {
    await withEmptyDatabase(async (db) => {
      await seedDemo(db, { withDevUsers: true });
      const again = await seedDemo(db, { withDevUsers: true });
      expect(again).toEqual({ created: false, devUsers: [] });
      expect(await db.organization.count()).toBe(SLUGS.length);
      expect(await db.user.count()).toBe(SLUGS.length * 3);
    });
  }, 60_000);
});

describe("demo organization data", () => {
  it.each(demoOrganizations.map((o) => [o.slug, o] as const))("%s is usable by the portal", (_slug, org) => {
    expect(() => new Intl.DateTimeFormat("en", { timeZone: org.timeZone })).not.toThrow();
    expect(isJurisdiction(org.defaultJurisdiction)).toBe(true);
    expect(org.requestTypes).toEqual(expect.arrayContaining([...CORE_REQUEST_TYPES]));
    expect(new Set(org.relationships.map((r) => r.key)).size).toBe(org.relationships.length);
    for (const r of org.relationships) {
      expect(r.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      // A processor request is useless to staff unless it names the customer it concerns.
      expect(Boolean(r.controllerPrompt), r.key).toBe(r.queue === "PROCESSOR");
    }
  });
});
