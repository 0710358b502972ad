// The server Playwright tests run against (playwright.config.ts `webServer`): a real SMTP sink that
// saves mail for the specs, a database of its own (fresh PGlite directory, or a fresh PostgreSQL database
// when TEST_DATABASE_URL is set), and `npm start` on the already-built app. Everything is removed on exit.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startSmtpSink } from "../lib/testing/smtp-sink";
import { createTestDatabase, testDatabaseServerUrl } from "../lib/testing/test-database";

const port = Number(process.env.E2E_PORT ?? 3100);
const mailDir = path.resolve(process.env.E2E_MAIL_DIR ?? path.join("test-results", "mail"));
const log = (message: string) => console.log(`[e2e-server] ${message}`);

const cleanups: Array<() => unknown> = [];
async function cleanUp() {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`[e2e-server] clean-up failed: ${(error as Error).message}`);
    }
  }
}

let stopRequested = false;
let child: ReturnType<typeof spawn> | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopRequested = true;
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

async function prepareDatabase(): Promise<Record<string, string>> {
  const serverUrl = testDatabaseServerUrl();
  if (serverUrl) {
    const db = await createTestDatabase(serverUrl, "rightsdesk_e2e");
    cleanups.push(() => db.drop());
    log(`database: PostgreSQL ${db.name} (dropped on exit)`);
    return { DATABASE_URL: db.url };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rightsdesk-e2e-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  log(`database: embedded PGlite in ${dir} (removed on exit)`);
  return { PGLITE_DIR: path.join(dir, "pglite") };
}

async function main(): Promise<number> {
  fs.rmSync(mailDir, { recursive: true, force: true });
  const sink = await startSmtpSink({ dir: mailDir });
  cleanups.push(() => sink.close());
  log(`SMTP sink: ${sink.url}, saving mail to ${mailDir}`);

  const database = await prepareDatabase();
  if (stopRequested) return 0;

  // Only what the test run decides: a developer's DATABASE_URL, PGLITE_DIR or SMTP_URL must not leak in.
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["DATABASE_URL", "PGLITE_DIR", "SMTP_URL", "TRUST_PROXY", "RATE_LIMIT_WINDOW_SECONDS"]) delete env[key];
  Object.assign(env, database, {
    APP_ENV: "test",
    APP_URL: `http://127.0.0.1:${port}`,
    HOST: "127.0.0.1",
    PORT: String(port),
    SMTP_URL: sink.url,
    OUTBOX_POLL_SECONDS: "0.5",
    // Generous enough for a whole suite from one address, low enough that a spec can still hit it.
    RATE_LIMIT_MAX: "50",
    // What README's "Running in production" pairs with its nginx block; e2e/proxy.spec.ts puts that nginx in
    // front. Requests straight from the browser carry no X-Forwarded-For: the socket's address counts.
    TRUST_PROXY: "1",
    // The webhook spec's receiver listens on 127.0.0.1 over plain http.
    WEBHOOK_ALLOW_PRIVATE_NETWORK: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  });

  // Data no spec can make in real time (a request closed months ago), written before the app opens the database.
  const arranged = spawnSync(process.execPath, ["--import", "tsx", "scripts/e2e-arrange.ts"], { env, stdio: "inherit" });
  if (arranged.status !== 0) {
    log(`arranging the test data failed (${arranged.signal ?? `exit code ${arranged.status}`})`);
    return 1;
  }
  if (stopRequested) return 0;

  const started = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-build"], { env, stdio: "inherit" });
  child = started;
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    started.once("error", (error) => {
      console.error(`[e2e-server] could not start the app: ${error.message}`);
      resolve({ code: 1, signal: null });
    });
    started.once("exit", (code, signal) => resolve({ code, signal }));
  });
  if (stopRequested) return 0;
  log(`the app exited on its own (${exit.signal ?? `exit code ${exit.code}`})`);
  return exit.code || 1;
}

main()
  .catch((error: unknown) => {
    console.error(`[e2e-server] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  })
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  });
