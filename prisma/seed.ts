// Fills an empty database with the five demo organizations of prisma/seed-data and, outside production,
// one owner and one officer per organization. `npm run db:seed` runs this file; `npm start` calls seedDemo.
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { hash } from "@node-rs/argon2";
import { closeDb, getConnection, getDb, type PrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { migrate } from "@/lib/db/migrate";
import { getEnv } from "@/lib/env";
import { demoOrganizations } from "./seed-data/organizations";

export type DevUser = { email: string; password: string; role: Role; org: string };

export type SeedResult = { created: boolean; devUsers: DevUser[] };

// Development sign-ins, printed by `npm run db:seed` and listed in the README. Never created in production.
const DEV_ACCOUNTS = [
  { mailbox: "admin", title: "Admin", role: "OWNER", password: "rightsdesk-admin" },
  { mailbox: "officer", title: "Officer", role: "OFFICER", password: "rightsdesk-officer" },
  { mailbox: "viewer", title: "Viewer", role: "VIEWER", password: "rightsdesk-viewer" },
] as const satisfies readonly { mailbox: string; title: string; role: Role; password: string }[];

// Serializes seeding between app instances that start together on one PostgreSQL (migrate uses …114).
const SEED_LOCK = "SELECT pg_advisory_xact_lock(7351902115)";

/** Creates the demo organizations if the database has none; otherwise changes nothing. */
export async function seedDemo(db: PrismaClient, options: { withDevUsers: boolean }): Promise<SeedResult> {
  if ((await db.organization.count()) > 0) return { created: false, devUsers: [] };

  const accounts = options.withDevUsers
    ? demoOrganizations.flatMap((org) =>
        DEV_ACCOUNTS.map((account) => ({
          org: org.slug,
          name: `${org.name} ${account.title}`,
          email: `${account.mailbox}@${org.slug}.example`,
          role: account.role,
          password: account.password,
        })),
      )
    : [];
  // Argon2id (the library's default algorithm) is slow on purpose: hash before the transaction starts.
  const hashes = new Map(
    await Promise.all(accounts.map(async (a) => [a.email, await hash(a.password)] as const)),
  );

  const created = await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(SEED_LOCK);
      // Another instance may have seeded between the count above and the lock.
      if ((await tx.organization.count()) > 0) return false;

      for (const { source: _source, relationships, ...org } of demoOrganizations) {
        const members = accounts.filter((a) => a.org === org.slug);
        await tx.organization.create({
          data: {
            ...org,
            relationships: { create: relationships.map((r, position) => ({ ...r, position })) },
            memberships: {
              create: members.map((m) => ({
                role: m.role,
                user: { create: { email: m.email, name: m.name, passwordHash: hashes.get(m.email) } },
              })),
            },
          },
        });
      }
      return true;
    },
    { timeout: 30_000 },
  );

  if (!created) return { created: false, devUsers: [] };
  return { created: true, devUsers: accounts.map(({ email, password, role, org }) => ({ email, password, role, org })) };
}

/** The development sign-ins as an aligned table for the console. */
export function formatDevUsers(rows: DevUser[]): string {
  const header = { org: "organization", role: "role", email: "email", password: "password" };
  const columns = ["org", "role", "email", "password"] as const;
  const widths = columns.map((c) => Math.max(header[c].length, ...rows.map((r) => r[c].length)));
  const line = (r: Record<(typeof columns)[number], string>) =>
    "  " + columns.map((c, i) => r[c].padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

async function main(): Promise<void> {
  const env = getEnv();
  const conn = await getConnection();
  console.log(`Database: ${conn.describe}`);
  const applied = await migrate(conn);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

  const result = await seedDemo(await getDb(), { withDevUsers: env.APP_ENV !== "production" });
  if (!result.created) {
    console.log("The database already has organizations: nothing seeded.");
    return;
  }
  console.log(`Seeded ${demoOrganizations.length} demo organizations: ${demoOrganizations.map((o) => o.slug).join(", ")}.`);
  if (result.devUsers.length) {
    console.log(`\nDevelopment sign-ins (APP_ENV=${env.APP_ENV}; never created in production):\n${formatDevUsers(result.devUsers)}`);
  } else {
    console.log("APP_ENV=production: no development users were created.");
  }
}

function isRunDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isRunDirectly()) {
  main()
    .then(() => closeDb())
    .catch(async (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      await closeDb().catch(() => {});
      process.exitCode = 1;
    });
}
