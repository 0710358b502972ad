// `npm run test:load`: load and fault tests of the running app, on loopback only, bounded in time and count.
// It starts its own PostgreSQL cluster (never the shared server), a counting SMTP sink and app instances on
// the production build (built first if missing), then runs five scenarios and prints a PASS/FAIL table:
//   a) N submissions from C concurrent clients with Idempotency-Keys, some retried: exactly one request and
//      one verification email per accepted submission, none lost, none duplicated, no 5xx;
//   b) the SMTP server goes away for a while mid-load and comes back: every email delivered exactly once;
//   c) the app is killed with SIGKILL mid-load and restarted: every submission that got a 202 is stored;
//   d) PostgreSQL is stopped mid-load and started again: the app answers 503 meanwhile (never hangs, never
//      refuses the connection) and serves 202s again by itself;
//   e) two app instances on one database, both running the worker: emails and reminders go out exactly once.
//
//   npm run test:load -- [--submissions 20000] [--clients 100] [--fault-submissions 3000] [--help]
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// lib/ modules import "server-only", which resolves outside React Server Components only under the
// "react-server" condition: run this file again with it (as scripts/bench-queue.ts does).
if (!process.execArgv.some((arg) => arg.includes("react-server"))) {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ["--conditions=react-server", ...process.execArgv, self, ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}

const { values: args } = parseArgs({
  options: {
    submissions: { type: "string", default: "20000" },
    clients: { type: "string", default: "100" },
    "retry-fraction": { type: "string", default: "0.05" },
    "fault-submissions": { type: "string", default: "3000" },
    "fault-clients": { type: "string", default: "50" },
    "smtp-outage-seconds": { type: "string", default: "10" },
    "db-outage-seconds": { type: "string", default: "5" },
    reminders: { type: "string", default: "200" },
    "max-answer-ms": { type: "string", default: "10000" },
    "scenario-timeout-seconds": { type: "string", default: "900" },
    "base-port": { type: "string", default: "3300" },
    "pg-port": { type: "string", default: "5499" },
    only: { type: "string", default: "abcde" },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(fs.readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").filter((l) => l.startsWith("//")).map((l) => l.slice(3)).join("\n"));
  process.exit(0);
}
const num = (name: keyof typeof args) => {
  const value = Number(args[name]);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`--${name} must be a non-negative number (got ${args[name]})`);
    process.exit(2);
  }
  return value;
};
const opt = {
  submissions: num("submissions"),
  clients: Math.max(1, num("clients")),
  retryFraction: num("retry-fraction"),
  faultSubmissions: num("fault-submissions"),
  faultClients: Math.max(1, num("fault-clients")),
  smtpOutageMs: num("smtp-outage-seconds") * 1000,
  dbOutageMs: num("db-outage-seconds") * 1000,
  reminders: num("reminders"),
  maxAnswerMs: num("max-answer-ms"),
  scenarioMs: num("scenario-timeout-seconds") * 1000,
  basePort: num("base-port"),
  pgPort: num("pg-port"),
};

const { createPostgresCluster } = await import("./lib/load/postgres-cluster");
const { createCountingSink } = await import("./lib/load/counting-smtp-sink");
const { createAppInstance } = await import("./lib/load/app-instance");
const { runLoad } = await import("./lib/load/load-clients");
type LoadResult = Awaited<ReturnType<typeof runLoad>>;

const log = (message: string) => console.log(`[load ${new Date().toISOString().slice(11, 19)}] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- clean-up on every exit path, Ctrl-C included ----
const cleanups: Array<() => unknown> = [];
let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`[load] clean-up failed: ${(error as Error).message}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log(`${signal}: cleaning up`);
    void cleanUp().then(() => process.exit(130));
  });
}

// ---- the results table ----
type Check = { scenario: string; check: string; ok: boolean; detail: string };
const checks: Check[] = [];
function check(scenario: string, name: string, ok: boolean, detail: string) {
  checks.push({ scenario, check: name, ok, detail });
  log(`${ok ? "PASS" : "FAIL"} ${scenario} ${name}: ${detail}`);
}
const figures: string[] = [];
function describeLoad(scenario: string, r: LoadResult) {
  const statuses = [...r.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ");
  const line = `${scenario}: ${r.accepted.size} accepted in ${(r.durationMs / 1000).toFixed(1)} s (${Math.round((r.accepted.size / r.durationMs) * 1000)}/s), answers ${statuses}, connection errors ${r.connectionErrors}, hangs ${r.hangs}, max latency ${r.maxLatencyMs} ms, retried keys ${r.replays}`;
  figures.push(line);
  log(line);
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rightsdesk-load-"));
  cleanups.push(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const logDir = path.resolve("test-results", "load");
  fs.mkdirSync(logDir, { recursive: true });

  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) {
    log("no production build: running next build");
    execFileSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
  }

  // PostgreSQL of our own, migrated before any app starts (so instances never race to migrate).
  const cluster = createPostgresCluster(opt.pgPort);
  cleanups.push(() => cluster.destroy());
  cluster.start();
  log(`PostgreSQL cluster on 127.0.0.1:${opt.pgPort}`);
  process.env.DATABASE_URL = cluster.url;
  process.env.SMTP_URL = "";
  process.env.APP_ENV = "test";
  const { getDb, closeDb, getConnection } = await import("../lib/db/client");
  const { migrate } = await import("../lib/db/migrate");
  cleanups.push(() => closeDb());
  await migrate(await getConnection());
  const db = await getDb();
  const { createTestOrganization } = await import("../lib/testing/test-organization");
  const org = await createTestOrganization(db, { slug: "load-test" });

  const sink = createCountingSink(opt.basePort + 90, (to) => to.endsWith(".example") && !to.endsWith("@load.example"));
  await sink.start();
  cleanups.push(() => sink.stop());
  log(`SMTP sink on ${sink.url}`);

  const appEnv = {
    DATABASE_URL: `${cluster.url}?connection_limit=20`,
    SMTP_URL: sink.url,
    APP_ENV: "test",
    NEXTAUTH_SECRET: "load-test-secret-load-test-secret-0123456789",
    TRUST_PROXY: "true",
    RATE_LIMIT_MAX: "1000000",
    OUTBOX_POLL_SECONDS: "1",
    REMINDER_SWEEP_SECONDS: "2",
  };
  const instance = (n: number) =>
    createAppInstance({ name: `app-${n}`, port: opt.basePort + n, env: appEnv, logFile: path.join(logDir, `app-${n}.log`), readyTimeoutMs: 120_000 });
  const app1 = instance(1);
  const app2 = instance(2);
  cleanups.push(() => app1.kill("SIGTERM"), () => app2.kill("SIGTERM"));
  await app1.start();
  log(`app-1 on ${app1.url} (logs in ${logDir})`);

  const load = (scenario: string, submissions: number, clients: number, urls: string[], onProgress?: (done: number) => void) =>
    runLoad({
      urls,
      orgSlug: org.slug,
      relationship: "customer",
      submissions,
      clients,
      retryFraction: opt.retryFraction,
      prefix: scenario,
      maxAnswerMs: opt.maxAnswerMs,
      deadline: Date.now() + opt.scenarioMs,
      onProgress: (done) => {
        if (done % Math.max(1, Math.floor(submissions / 10)) === 0) log(`${scenario}) ${done}/${submissions} submitted`);
        onProgress?.(done);
      },
    });

  /** Per address of this scenario: requests, outbox emails and emails still pending (two grouped scans). */
  const stored = async (prefix: string) => {
    const like = `${prefix}-%`;
    const requests = await db.$queryRaw<{ email: string; n: number }[]>`
      SELECT "subjectEmail" AS email, count(*)::int AS n FROM "PrivacyRequest"
      WHERE "organizationId" = ${org.id}::uuid AND "subjectEmail" LIKE ${like} GROUP BY 1`;
    const emails = await db.$queryRaw<{ email: string; n: number; pending: number }[]>`
      SELECT "toAddress" AS email, count(*)::int AS n, count(*) FILTER (WHERE status <> 'SENT')::int AS pending
      FROM "OutboxEmail" WHERE "toAddress" LIKE ${like} GROUP BY 1`;
    const outbox = new Map(emails.map((e) => [e.email, e]));
    return new Map(requests.map((r) => [r.email, { email: r.email, requests: r.n, emails: outbox.get(r.email)?.n ?? 0, pending: outbox.get(r.email)?.pending ?? 0 }]));
  };

  const waitForOutbox = async (prefix: string): Promise<boolean> => {
    const deadline = Date.now() + opt.scenarioMs;
    log(`${prefix}: waiting for the outbox to drain`);
    while (Date.now() < deadline) {
      const [row] = await db.$queryRaw<{ pending: number }[]>`
        SELECT count(*)::int AS pending FROM "OutboxEmail" WHERE "toAddress" LIKE ${`${prefix}-%`} AND status <> 'SENT'`;
      if (row?.pending === 0) return true;
      await sleep(1000);
    }
    return false;
  };

  /** The checks every filing scenario shares; `exactDelivery` also counts the mail at the sink. */
  const checkFilings = async (scenario: string, result: LoadResult, opts: { exactDelivery: boolean; allow503: boolean }) => {
    describeLoad(scenario, result);
    const rows = await stored(scenario);
    const lost = [...result.accepted].filter((email) => !rows.has(email));
    const duplicated = [...rows.values()].filter((r) => r.requests !== 1 || r.emails !== 1);
    const fiveHundreds = [...result.statuses].filter(([s]) => s >= 500 && (!opts.allow503 || s !== 503)).reduce((n, [, c]) => n + c, 0);
    check(scenario, "every 202 stored", lost.length === 0, `${result.accepted.size} accepted, ${lost.length} lost${lost.length ? ` (e.g. ${lost[0]})` : ""}`);
    check(scenario, "one request + one email each", duplicated.length === 0, `${rows.size} requests, ${duplicated.length} with a duplicate`);
    check(scenario, opts.allow503 ? "no 5xx but 503" : "no 5xx", fiveHundreds === 0, `${fiveHundreds} answers ≥ 500${result.unexpected.length ? `; unexpected: ${result.unexpected.join(", ")}` : ""}`);
    check(scenario, "retries replayed", result.replayMismatches === 0 && result.gaveUp === 0, `${result.replays} retried keys, ${result.replayMismatches} answered otherwise, ${result.gaveUp} given up`);
    if (opts.exactDelivery) {
      const drained = await waitForOutbox(scenario);
      const wrong = [...rows.keys()].filter((email) => sink.counts.get(email) !== 1);
      check(scenario, "each email delivered once", drained && wrong.length === 0, `outbox ${drained ? "drained" : "NOT drained"}, ${wrong.length} addresses received ≠ 1${wrong.length ? ` (e.g. ${wrong[0]}: ${sink.counts.get(wrong[0]!) ?? 0})` : ""}`);
    }
  };

  // a) the full load
  if (args.only.includes("a")) {
    log(`a) ${opt.submissions} submissions from ${opt.clients} clients`);
    const result = await load("a", opt.submissions, opt.clients, [app1.url]);
    await checkFilings("a", result, { exactDelivery: true, allow503: false });
  }

  // b) SMTP away for a while, mid-load
  if (args.only.includes("b")) {
    log(`b) ${opt.faultSubmissions} submissions; the SMTP server goes away for ${opt.smtpOutageMs / 1000} s`);
    let outage: Promise<void> | undefined;
    const result = await load("b", opt.faultSubmissions, opt.faultClients, [app1.url], (done) => {
      if (done === Math.floor(opt.faultSubmissions / 3) && !outage) {
        outage = (async () => {
          await sink.stop();
          log("b) SMTP sink stopped");
          await sleep(opt.smtpOutageMs);
          await sink.start();
          log("b) SMTP sink back");
        })();
      }
    });
    await outage;
    const [failures] = await db.$queryRaw<{ failedAttempts: number }[]>`
      SELECT count(*)::int AS "failedAttempts" FROM "OutboxEmail" WHERE "toAddress" LIKE 'b-%' AND "lastError" IS NOT NULL`;
    check("b", "the outage was felt", outage !== undefined, `${failures?.failedAttempts ?? 0} emails failed at least once while the sink was away`);
    await checkFilings("b", result, { exactDelivery: true, allow503: false });
  }

  // c) SIGKILL the app mid-load, restart it
  if (args.only.includes("c")) {
    log(`c) ${opt.faultSubmissions} submissions; the app is killed with SIGKILL and restarted`);
    let restart: Promise<void> | undefined;
    const result = await load("c", opt.faultSubmissions, opt.faultClients, [app1.url], (done) => {
      if (done === Math.floor(opt.faultSubmissions / 3) && !restart) {
        restart = (async () => {
          await app1.kill("SIGKILL");
          log("c) app-1 killed (SIGKILL); restarting");
          await app1.start();
          log("c) app-1 back");
        })();
      }
    });
    await restart;
    check("c", "the kill happened mid-load", restart !== undefined && result.connectionErrors > 0, `${result.connectionErrors} connection errors while it was down`);
    // Emails claimed by the killed process are retried after their lease: delivery is at least once there.
    await checkFilings("c", result, { exactDelivery: false, allow503: false });
  }

  // d) PostgreSQL down mid-load, then back
  if (args.only.includes("d")) {
    log(`d) ${opt.faultSubmissions} submissions; PostgreSQL is stopped for ${opt.dbOutageMs / 1000} s`);
    let outage: Promise<void> | undefined;
    let recoveredInMs = -1;
    const result = await load("d", opt.faultSubmissions, opt.faultClients, [app1.url], (done) => {
      if (done === Math.floor(opt.faultSubmissions / 3) && !outage) {
        outage = (async () => {
          cluster.stop();
          log("d) PostgreSQL stopped (pg_ctl stop -m fast)");
          await sleep(opt.dbOutageMs);
          cluster.start();
          const back = Date.now();
          log("d) PostgreSQL started again");
          // The app must serve again by itself: its health answers 200 without a restart.
          while (Date.now() - back < 60_000) {
            const answer = await fetch(`${app1.url}/api/health`, { signal: AbortSignal.timeout(opt.maxAnswerMs) }).catch(() => null);
            if (answer?.status === 200) {
              recoveredInMs = Date.now() - back;
              break;
            }
            await sleep(200);
          }
        })();
      }
    });
    await outage;
    const served503 = result.statuses.get(503) ?? 0;
    check("d", "503 during the outage", served503 > 0 && result.connectionErrors === 0, `${served503} answers 503, ${result.connectionErrors} connection errors`);
    check("d", `no answer slower than ${opt.maxAnswerMs} ms`, result.hangs === 0 && result.maxLatencyMs < opt.maxAnswerMs, `${result.hangs} hangs, max latency ${result.maxLatencyMs} ms`);
    check("d", "recovers by itself", recoveredInMs >= 0, recoveredInMs >= 0 ? `healthy ${recoveredInMs} ms after PostgreSQL was back` : "not healthy within 60 s");
    await checkFilings("d", result, { exactDelivery: false, allow503: true });
  }

  // e) two instances, one database: emails and reminders exactly once
  if (args.only.includes("e")) {
    log(`e) two app instances; ${opt.faultSubmissions} submissions over both and ${opt.reminders} overdue requests`);
    await app1.kill("SIGTERM");
    const { createStaff, createVerifiedRequest } = await import("../lib/requests/test-fixtures");
    const { zonedDay } = await import("../lib/reminders/schedule-reminders");
    const officer = await createStaff(db, org, "OFFICER", "Load Officer");
    const overdue: string[] = [];
    for (let i = 0; i < opt.reminders; i++) overdue.push((await createVerifiedRequest(db, org, { email: `reminder-${i}@load.example` })).id);
    // Overdue since yesterday, with the reminder point due now: the next sweep of either instance may take it.
    const yesterday = new Date(Date.now() - 86_400_000);
    await db.privacyRequest.updateMany({ where: { id: { in: overdue } }, data: { dueAt: yesterday } });
    await db.scheduledReminder.deleteMany({ where: { requestId: { in: overdue } } });
    await db.scheduledReminder.createMany({
      data: overdue.map((requestId) => ({ organizationId: org.id, requestId, kind: "STAFF_DUE" as const, key: `${zonedDay(yesterday, org.timeZone)}/load-test`, fireAt: new Date(Date.now() - 1000) })),
    });
    await Promise.all([app1.start(), app2.start()]);
    log("e) app-1 and app-2 running, both with the worker");
    const result = await load("e", opt.faultSubmissions, opt.faultClients, [app1.url, app2.url]);
    await checkFilings("e", result, { exactDelivery: true, allow503: false });

    const deadline = Date.now() + opt.scenarioMs;
    let handled = 0;
    while (Date.now() < deadline) {
      // The sweep re-keys a row to the point it was sent as; the next point it schedules is not due yet.
      handled = await db.scheduledReminder.count({ where: { requestId: { in: overdue }, kind: "STAFF_DUE", handledAt: { not: null } } });
      if (handled === overdue.length) break;
      await sleep(1000);
    }
    const sent = await db.scheduledReminder.count({ where: { requestId: { in: overdue }, kind: "STAFF_DUE", handledAt: { not: null }, outcome: "SENT" } });
    await waitForOutbox(officer.user.email.split("@")[0]!);
    const digests = await db.outboxEmail.count({ where: { toAddress: officer.user.email } });
    const received = sink.counts.get(officer.user.email) ?? 0;
    // Each overdue request is named in exactly one digest the officer received.
    const { simpleParser } = await import("mailparser");
    const texts = await Promise.all((sink.texts.get(officer.user.email) ?? []).map(async (raw) => (await simpleParser(raw)).text ?? ""));
    const references = await db.privacyRequest.findMany({ where: { id: { in: overdue } }, select: { reference: true } });
    const named = references.map((r) => texts.reduce((n, text) => n + (text.split(r.reference!).length - 1), 0));
    check("e", "each reminder handled once", handled === overdue.length && sent === overdue.length, `${handled}/${overdue.length} handled, ${sent} sent`);
    check("e", "digests delivered once", digests > 0 && received === digests, `${digests} digest emails in the outbox, ${received} received`);
    check("e", "each request in one digest", named.every((n) => n === 1), `${named.filter((n) => n === 1).length}/${named.length} named exactly once${named.some((n) => n !== 1) ? ` (counts seen: ${[...new Set(named)].join(", ")})` : ""}`);
  }
}

const started = Date.now();
const exitCode = await main()
  .then(() => 0)
  .catch((error: unknown) => {
    console.error(`[load] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    checks.push({ scenario: "-", check: "ran to the end", ok: false, detail: error instanceof Error ? error.message : String(error) });
    return 1;
  });
await cleanUp();

const width = Math.max(...checks.map((c) => c.check.length), 10);
console.log(`\nLoad and fault tests — ${new Date().toISOString()} — ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB — ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const line of figures) console.log(`  ${line}`);
console.log("");
for (const c of checks) console.log(`${c.ok ? "PASS" : "FAIL"}  ${c.scenario}  ${c.check.padEnd(width)}  ${c.detail}`);
const failed = checks.filter((c) => !c.ok).length;
console.log(`\n${checks.length - failed} passed, ${failed} failed`);
process.exit(exitCode || (failed > 0 || checks.length === 0 ? 1 : 0));
