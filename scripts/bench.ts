// `npm run bench`: benchmarks against the database's own limit (not tests). Generates a realistic data set on
// the machine's PostgreSQL, then runs each benchmark — the product's own code path and, in the same run, the
// closest raw baseline on the same database — and prints product, raw, ratio and target with PASS/MISS.
//
//   npm run bench -- [--orgs 1000] [--requests 1000000] [--big 200000] [--due-today 10000]
//                    [--only queue,export,submission,sweep] [--keep] [--runs 500] [--submissions 2000] [--explain]
//
// The server is TEST_DATABASE_URL's, or postgresql://postgres@127.0.0.1:5432/postgres. Each run creates a
// database rightsdesk_bench_<random> and drops it at the end; with --keep the database is named after the
// scale (rightsdesk_bench_<orgs>_<requests>_<big>_<due>), kept, and reused by the next --keep run of that scale.
import { register } from "node:module";
import os from "node:os";
import { parseArgs } from "node:util";

// lib/ modules import "server-only". Other scripts run under the "react-server" condition for it, but the export
// path reaches next/navigation (through requireMembership), which does not load under that condition; so, as
// vitest.config.ts does, "server-only" resolves to an empty module here.
register(
  `data:text/javascript,${encodeURIComponent(
    `export async function resolve(specifier, context, next) {
       return specifier === "server-only" ? { url: "data:text/javascript,export {}", shortCircuit: true } : next(specifier, context);
     }`,
  )}`,
);

const BENCHMARKS = ["queue", "export", "submission", "sweep"] as const;
type Benchmark = (typeof BENCHMARKS)[number];

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run bench -- [--orgs N] [--requests N] [--big N] [--due-today N] [--only ${BENCHMARKS.join(",")}] [--keep] [--runs N] [--submissions N] [--explain]`);
  process.exit(2);
}

function wholeNumber(name: string, text: string, min: number): number {
  const value = Number(text.replace(/[_,]/g, ""));
  if (!Number.isInteger(value) || value < min) usage(`--${name} must be a whole number of at least ${min} (got "${text}")`);
  return value;
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      orgs: { type: "string", default: "1000" },
      requests: { type: "string", default: "1000000" },
      big: { type: "string", default: "200000" },
      "due-today": { type: "string", default: "10000" },
      only: { type: "string", multiple: true },
      keep: { type: "boolean", default: false },
      runs: { type: "string", default: "500" },
      submissions: { type: "string", default: "2000" },
      explain: { type: "boolean", default: false },
    },
  }).values;
}
try {
  parsed = parse();
} catch (error) {
  usage((error as Error).message);
}
const orgs = wholeNumber("orgs", parsed.orgs, 2);
const requests = wholeNumber("requests", parsed.requests, 100);
const big = wholeNumber("big", parsed.big, 1);
if (big >= requests) usage("--big must be smaller than --requests");
// At most a tenth of the data set can be due today, so small runs stay plausible.
const dueToday = Math.min(wholeNumber("due-today", parsed["due-today"], 1), Math.floor(requests / 10));
const runs = wholeNumber("runs", parsed.runs, 5);
const submissions = wholeNumber("submissions", parsed.submissions, 50);
const only = (parsed.only ?? []).flatMap((o) => o.split(",")).map((o) => o.trim()).filter(Boolean);
for (const name of only) if (!BENCHMARKS.includes(name as Benchmark)) usage(`--only takes ${BENCHMARKS.join(", ")} (got "${name}")`);
const selected = new Set<Benchmark>(only.length ? (only as Benchmark[]) : BENCHMARKS);

const serverUrl = process.env.TEST_DATABASE_URL?.trim() || "postgresql://postgres@127.0.0.1:5432/postgres";
if (!/^postgres(ql)?:\/\//.test(serverUrl)) usage(`TEST_DATABASE_URL must start with postgresql:// (got "${serverUrl}")`);

const pg = (await import("pg")).default;
const { poolConfigFromUrl } = await import("../lib/db/connection");
const { createTestDatabase, openPostgresConnection } = await import("../lib/testing/test-database");
const { migrate } = await import("../lib/db/migrate");
const { generateBenchData, BIG_ORG_SLUG } = await import("./bench/generate-bench-data");
type BenchDataset = import("./bench/generate-bench-data").BenchDataset;
const { elapsedMs, formatTable } = await import("./bench/measure");
type ResultRow = import("./bench/measure").ResultRow;

const log = (line: string) => console.log(line);
const cleanups: Array<() => Promise<unknown>> = [];

async function onServer<T>(run: (client: import("pg").Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(poolConfigFromUrl(serverUrl));
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The database to run on, with its data set: generated now, or (--keep) found from an earlier run. */
async function prepareDatabase(): Promise<{ url: string; dataset: BenchDataset }> {
  const scale = { orgs, requests, big, dueToday };
  let url: string;
  if (parsed.keep) {
    const name = `rightsdesk_bench_${orgs}_${requests}_${big}_${dueToday}`;
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    // The data set's description is the database's comment, written only once generation finished.
    const comment = await onServer(async (client) => {
      const found = await client.query<{ comment: string | null }>(
        `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
        [name],
      );
      if (found.rows.length === 0) return null;
      if (found.rows[0]!.comment) return found.rows[0]!.comment;
      await client.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      return null;
    });
    if (comment) {
      const saved = JSON.parse(comment) as BenchDataset & { anchor: string };
      log(`Reusing database ${name} (kept by --keep; generated ${saved.anchor}). Drop it with: dropdb -h 127.0.0.1 -U postgres ${name}`);
      await migrateDatabase(url);
      return { url, dataset: { ...saved, anchor: new Date(saved.anchor) } };
    }
    await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  } else {
    const db = await createTestDatabase(serverUrl, "rightsdesk_bench");
    cleanups.push(() => db.drop());
    url = db.url;
  }
  await migrateDatabase(url);
  const anchor = new Date(Math.floor(Date.now() / 1000) * 1000);
  log(`Generating ${orgs.toLocaleString("en")} organizations, ${requests.toLocaleString("en")} requests (${BIG_ORG_SLUG}: ${big.toLocaleString("en")}), ${dueToday.toLocaleString("en")} due today…`);
  const start = process.hrtime.bigint();
  const client = new pg.Client(poolConfigFromUrl(url));
  await client.connect();
  let dataset: BenchDataset;
  try {
    dataset = await generateBenchData(client, scale, anchor, log);
    const name = new URL(url).pathname.slice(1);
    await client.query(`COMMENT ON DATABASE "${name}" IS ${client.escapeLiteral(JSON.stringify(dataset))}`);
  } finally {
    await client.end();
  }
  log(`Generated in ${(elapsedMs(start) / 1000).toFixed(1)} s\n`);
  return { url, dataset };
}

async function migrateDatabase(url: string): Promise<void> {
  const conn = openPostgresConnection(url);
  try {
    const applied = await migrate(conn);
    if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
  } finally {
    await conn.close();
  }
}

async function machineFacts(raw: import("pg").Pool): Promise<string> {
  const version = (await raw.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]!.v;
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM, PostgreSQL ${version}, Node.js ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} at start`;
}

let exitCode = 0;
try {
  const { url, dataset } = await prepareDatabase();
  process.env.DATABASE_URL = url;
  process.env.APP_ENV = "test";
  const raw = new pg.Pool({ ...poolConfigFromUrl(url), max: 10 });
  cleanups.push(() => raw.end());
  const { closeDb } = await import("../lib/db/client");
  cleanups.push(() => closeDb());
  const facts = await machineFacts(raw);
  log(`Machine: ${facts}`);
  log(`Data set: ${dataset.orgs.toLocaleString("en")} organizations, ${dataset.requests.toLocaleString("en")} requests, ${BIG_ORG_SLUG} holds ${dataset.big.toLocaleString("en")}; "now" is ${dataset.anchor.toISOString()}\n`);

  const results: ResultRow[] = [];
  // Each benchmark's rows as soon as it ends (a long run interrupted later keeps them), and all at the end.
  const report = (rows: ResultRow[]) => {
    results.push(...rows);
    log(`${formatTable(rows)}\n`);
  };
  if (selected.has("queue")) {
    log("Queue pages (big organization):");
    const { benchQueue } = await import("./bench/bench-queue");
    report(await benchQueue({ dataset, raw, runs, warmUp: Math.max(5, Math.floor(runs / 10)), explain: parsed.explain, log }));
  }
  if (selected.has("export")) {
    log("Request-log export (big organization):");
    const { benchExport } = await import("./bench/bench-export");
    report(await benchExport({ dataset, raw, runs: 3, log }));
  }
  if (selected.has("sweep")) {
    log("Reminder sweep:");
    const { benchSweep } = await import("./bench/bench-sweep");
    report(await benchSweep({ dataset, raw, runs: 3, log }));
  }
  if (selected.has("submission")) {
    log("Public submission (production build over HTTP):");
    const { benchSubmission } = await import("./bench/bench-submission");
    report(await benchSubmission({ dataset, raw, databaseUrl: url, requests: submissions, log }));
  }

  log(`\n${formatTable(results)}\n`);
  log(`For docs/benchmarks.md (${new Date().toISOString().slice(0, 10)}; ${facts}):\n`);
  log(formatTable(results, true));
  if (results.some((r) => r.isPass === false)) log(`\n${results.filter((r) => r.isPass === false).length} target(s) missed.`);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  exitCode = 1;
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(`Clean-up failed: ${(error as Error).message}`));
}
process.exit(exitCode);
