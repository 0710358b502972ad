// `npm start`: migrate the database, seed the demo organizations into an empty one, build when the
// sources changed, then serve the app. `--dev` serves with hot reload instead of building.
import { getEnv, isDevMailboxEnabled } from "../lib/env";
import { closeDb, getConnection, getDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { runOneTimeJobs } from "../lib/db/one-time-jobs";
import { formatDevUsers, seedDemo } from "../prisma/seed";
import { buildIfNeeded } from "./lib/build-if-needed";
import { serve } from "./lib/serve";
import { stopBackgroundWorker } from "../lib/worker/background-worker";

const dev = process.argv.includes("--dev");
const skipBuild = process.argv.includes("--no-build");

async function main() {
  const env = getEnv();
  // next-auth builds its callback URLs from NEXTAUTH_URL: the public address.
  process.env.NEXTAUTH_URL ??= env.APP_URL;
  const conn = await getConnection();
  console.log(`Database: ${conn.describe}`);
  const applied = await migrate(conn);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  const jobs = await runOneTimeJobs(await getDb(), new Date());
  if (jobs.length) console.log(`Ran one-time jobs: ${jobs.join("; ")}`);

  const seed = await seedDemo(await getDb(), { withDevUsers: env.APP_ENV !== "production" });
  if (seed.created) {
    console.log("Seeded the five demo organizations.");
    if (seed.devUsers.length) console.log(`Development sign-ins (never created in production):\n${formatDevUsers(seed.devUsers)}`);
  }

  if (!dev && !skipBuild) buildIfNeeded();

  // The connection stays open: the Next.js server in this process shares it (lib/db/client.ts).
  const server = await serve({ dev, host: env.HOST, port: env.PORT, trustProxy: env.TRUST_PROXY });
  console.log(`Public portal: ${env.APP_URL}`);
  if (isDevMailboxEnabled(env)) console.log(`Emails (no SMTP_URL set): ${env.APP_URL}/dev/mailbox`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down…`);
    server.close();
    server.closeAllConnections();
    await stopBackgroundWorker();
    await closeDb();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb().catch(() => {});
  process.exit(1);
});
