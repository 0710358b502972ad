// `npm run org:create -- --slug kea-kitchens --name "Kea Kitchens" --owner-email ana@kea.example
//    [--country NZ] [--time-zone Pacific/Auckland] [--privacy-email privacy@kea.example] [--owner-name "Ana Smith"]`
//
// For operators: creates an organization with the same checks as the web form (createOrganizationSchema),
// makes the owner's account if there is none, and emails them a sign-in link through the outbox (the app's
// worker, or `npm run worker`, delivers it). Migrates the database first. Prints what it did; exit code 1
// with a clear message when something is wrong.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// lib/ modules import "server-only", which resolves outside React Server Components only under the
// "react-server" condition: run this file again with it.
if (!process.execArgv.some((arg) => arg.includes("react-server"))) {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ["--conditions=react-server", ...process.execArgv, self, ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}

const USAGE = `Usage: npm run org:create -- --slug <address> --name <name> --owner-email <email>
         [--country <ISO code, default US>] [--time-zone <IANA zone, default UTC>]
         [--privacy-email <email, default the owner's>] [--owner-name <name of a new owner>]`;

function fail(message: string): never {
  console.error(`org:create: ${message}`);
  process.exit(1);
}

let args: Record<string, string | undefined>;
try {
  args = parseArgs({
    options: {
      slug: { type: "string" },
      name: { type: "string" },
      "owner-email": { type: "string" },
      "owner-name": { type: "string" },
      country: { type: "string" },
      "time-zone": { type: "string" },
      "privacy-email": { type: "string" },
      help: { type: "boolean" },
    },
    strict: true,
    allowPositionals: false,
  }).values as Record<string, string | undefined>;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const missing = (["slug", "name", "owner-email"] as const).filter((k) => !args[k]);
if (missing.length > 0) fail(`missing ${missing.map((k) => `--${k}`).join(", ")}.\n${USAGE}`);

const { closeDb, getConnection } = await import("../lib/db/client");
const { migrate } = await import("../lib/db/migrate");
const { getEnv } = await import("../lib/env");
const { createOrganization, OPERATOR_ACTOR } = await import("../lib/organizations/create-organization");

const FLAG: Record<string, string> = {
  name: "--name",
  slug: "--slug",
  country: "--country",
  timeZone: "--time-zone",
  privacyEmail: "--privacy-email",
  ownerEmail: "--owner-email",
};

let exitCode = 0;
try {
  const conn = await getConnection();
  await migrate(conn);
  const defaults: string[] = [];
  const input = {
    name: args.name!,
    slug: args.slug!,
    country: args.country ?? (defaults.push("country US"), "US"),
    timeZone: args["time-zone"] ?? (defaults.push("time zone UTC"), "UTC"),
    privacyEmail: args["privacy-email"] ?? (defaults.push("privacy email = the owner's"), args["owner-email"]!),
  };
  const result = await createOrganization({
    input,
    owner: { email: args["owner-email"]!, name: args["owner-name"] },
    actor: OPERATOR_ACTOR,
    now: new Date(),
    emailSignInLink: true,
  });
  if (!result.ok) {
    const problems = Object.entries(result.fieldErrors ?? {}).map(([field, messages]) => `  ${FLAG[field] ?? field}: ${messages?.join(" ")}`);
    console.error(["org:create: nothing was created.", ...(problems.length > 0 ? problems : [`  ${result.error}`])].join("\n"));
    exitCode = 1;
  } else {
    const appUrl = getEnv().APP_URL;
    const { organization, owner } = result;
    console.log(`Created ${organization.name} on ${conn.describe}.`);
    console.log(`  Portal:    ${appUrl}/${organization.slug}`);
    console.log(`  Settings:  ${appUrl}/dashboard/${organization.slug}/settings`);
    console.log(`  Owner:     ${owner.email} (${owner.isNewUser ? "new account, signs in by emailed link" : "existing account"})`);
    if (defaults.length > 0) console.log(`  Defaults:  ${defaults.join(", ")} — change them in Settings.`);
    console.log(`  Emailed:   a sign-in link to ${owner.email}, through the outbox (the app or \`npm run worker\` delivers it).`);
  }
} catch (error) {
  console.error(`org:create: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await closeDb();
}
process.exit(exitCode);
