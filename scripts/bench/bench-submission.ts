// Public submission over HTTP: the production build (`npm start` without building, on the bench database)
// takes POST /api/v1/orgs/{org}/requests from 50 concurrent keep-alive clients in this process; against the
// same rows (request, history entry, status-link token, email, rate-limit counter) written by raw INSERTs in
// one transaction per request from 50 concurrent pg connections. The real rate limiter runs, with its limit
// raised through RATE_LIMIT_MAX (every client here has the same address).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, createHash } from "node:crypto";
import net from "node:net";
import pg from "pg";
import { poolConfigFromUrl } from "@/lib/db/connection";
import { buildIfNeeded } from "../lib/build-if-needed";
import type { BenchDataset } from "./generate-bench-data";
import { elapsedMs, fmt, summarize, type ResultRow } from "./measure";

export const SUBMISSION_TARGET = { requestsPerSecond: 200, p95Ms: 100 };
export const SUBMISSION_CONCURRENCY = 50;
/** The intake limit the benchmark's server runs with: the limiter counts every request, none is refused. */
export const BENCH_RATE_LIMIT_MAX = 10_000_000;
const EMAIL_PREFIX = "bench-submit-";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited before it was ready (exit code ${child.exitCode})`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer ${baseUrl}/api/health within ${timeoutMs / 1000} s`);
}

function subjectBody(n: number) {
  return {
    type: (["ACCESS", "DELETION", "EXPORT"] as const)[n % 3],
    relationship: "customer",
    name: `Bench Subject ${n}`,
    email: `${EMAIL_PREFIX}${n}@example.com`,
    jurisdiction: "NZ",
    details: "Please tell me what you hold about me.",
  };
}

/** Runs `total` jobs on `concurrency` workers; returns each job's latency and the wall time. */
async function runConcurrently(total: number, concurrency: number, job: (n: number) => Promise<void>): Promise<{ latencies: number[]; wallMs: number }> {
  let next = 0;
  const latencies: number[] = [];
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let n = next++; n < total; n = next++) {
        const begin = process.hrtime.bigint();
        await job(n);
        latencies.push(elapsedMs(begin));
      }
    }),
  );
  return { latencies, wallMs: elapsedMs(start) };
}

/**
 * Removes what the benchmark filed. The foreign keys' own cascades would look for each deleted request's
 * rows one by one, and no index leads with requestId (nor duplicateOfId: the product never deletes a
 * request), so 2,000 deletes took minutes: the children go first in one join each, with the triggers off.
 */
async function cleanUpSubmissions(raw: pg.Pool): Promise<void> {
  const client = await raw.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query(`CREATE TEMP TABLE bench_filed ON COMMIT DROP AS SELECT id FROM "PrivacyRequest" WHERE "subjectEmail" LIKE $1`, [`${EMAIL_PREFIX}%`]);
    for (const table of ["RequestEvent", "RequestToken", "RequestFile", "RequestPause", "ScheduledReminder", "IdempotencyKey"]) {
      await client.query(`DELETE FROM "${table}" c USING bench_filed f WHERE c."requestId" = f.id`);
    }
    await client.query(`DELETE FROM "PrivacyRequest" r USING bench_filed f WHERE r.id = f.id`);
    await client.query(`DELETE FROM "OutboxEmail" WHERE "toAddress" LIKE $1`, [`${EMAIL_PREFIX}%`]);
    await client.query(`DELETE FROM "RateLimitBucket" WHERE key LIKE 'intake:%'`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

export async function benchSubmission(args: {
  dataset: BenchDataset;
  raw: pg.Pool;
  databaseUrl: string;
  requests: number;
  log: (line: string) => void;
}): Promise<ResultRow[]> {
  const { dataset, raw, log } = args;
  buildIfNeeded();
  await cleanUpSubmissions(raw);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["PGLITE_DIR", "SMTP_URL", "TRUST_PROXY", "NODE_OPTIONS"]) delete env[key];
  Object.assign(env, {
    DATABASE_URL: args.databaseUrl,
    APP_ENV: "development",
    NODE_ENV: "production",
    APP_URL: baseUrl,
    HOST: "127.0.0.1",
    PORT: String(port),
    RATE_LIMIT_MAX: String(BENCH_RATE_LIMIT_MAX),
    // Delivery and reminders belong to worker processes here (as in a multi-instance deployment): the sweep
    // has its own benchmark, and a sweep inside the server would eat the data set's due reminders.
    WORKER_IN_APP: "false",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-build"], { env, stdio: ["ignore", "ignore", "inherit"] });
  let productLatencies: number[];
  let productWallMs: number;
  const failures = new Map<string, number>();
  try {
    await waitForHealth(baseUrl, server);
    const url = `${baseUrl}/api/v1/orgs/${dataset.bigOrgSlug}/requests`;
    const submit = async (n: number) => {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(subjectBody(n)) });
      await response.arrayBuffer();
      if (response.status !== 202) failures.set(String(response.status), (failures.get(String(response.status)) ?? 0) + 1);
    };
    // Warm-up: the first requests load the route's code and fill the connection pool.
    await runConcurrently(SUBMISSION_CONCURRENCY * 2, SUBMISSION_CONCURRENCY, (n) => submit(1_000_000 + n));
    failures.clear();
    ({ latencies: productLatencies, wallMs: productWallMs } = await runConcurrently(args.requests, SUBMISSION_CONCURRENCY, submit));
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once("exit", resolve)));
  }
  if (failures.size > 0) throw new Error(`Some submissions were not accepted: ${[...failures].map(([s, n]) => `${n} × ${s}`).join(", ")}`);
  const filed = (await raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "PrivacyRequest" WHERE "subjectEmail" LIKE $1`, [`${EMAIL_PREFIX}%`])).rows[0]!.n;
  if (filed !== args.requests + SUBMISSION_CONCURRENCY * 2) throw new Error(`${filed} requests were filed for ${args.requests + SUBMISSION_CONCURRENCY * 2} accepted`);
  await cleanUpSubmissions(raw);

  // The baseline: the same rows, one transaction per request, 50 connections at once.
  const org = (await raw.query<{ id: string; relationshipId: string }>(
    `SELECT o.id, r.id AS "relationshipId" FROM "Organization" o JOIN "Relationship" r ON r."organizationId" = o.id AND r.key = 'customer' WHERE o.id = $1`,
    [dataset.bigOrgId],
  )).rows[0]!;
  const pool = new pg.Pool({ ...poolConfigFromUrl(args.databaseUrl), max: SUBMISSION_CONCURRENCY });
  let baselineLatencies: number[];
  let baselineWallMs: number;
  try {
    await runConcurrently(SUBMISSION_CONCURRENCY, SUBMISSION_CONCURRENCY, async () => void (await pool.query("SELECT 1")));
    const insert = async (n: number) => {
      const body = subjectBody(n);
      const client = await pool.connect();
      try {
        const now = new Date().toISOString().replace("Z", "");
        await client.query("BEGIN");
        await client.query(
          `INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES ($1, $2, 1)
           ON CONFLICT (key) DO UPDATE SET count = "RateLimitBucket".count + 1 RETURNING count`,
          [`intake:${org.id}:127.0.0.1`, now],
        );
        const request = await client.query<{ id: string }>(
          `INSERT INTO "PrivacyRequest" (id, "organizationId", type, queue, "relationshipId", channel, "subjectName", "subjectEmail", jurisdiction, details, "receivedAt", "createdAt", "updatedAt")
           VALUES (gen_random_uuid(), $1, $2, 'CONTROLLER', $3, 'API', $4, $5, $6, $7, $8, $8, $8) RETURNING id`,
          [org.id, body.type, org.relationshipId, body.name, body.email, body.jurisdiction, body.details, now],
        );
        const requestId = request.rows[0]!.id;
        await client.query(
          `INSERT INTO "RequestEvent" (id, "organizationId", "requestId", kind, actor, "visibleToSubject", message, data, "createdAt")
           VALUES (gen_random_uuid(), $1, $2, 'request.submitted', 'SUBJECT', true, 'Request received.', '{"channel":"API"}', $3)`,
          [org.id, requestId, now],
        );
        await client.query(
          `INSERT INTO "RequestToken" (id, "organizationId", "requestId", purpose, "tokenHash", "expiresAt", "createdAt") VALUES (gen_random_uuid(), $1, $2, 'VERIFY', $3, $4, $4)`,
          [org.id, requestId, createHash("sha256").update(randomBytes(32)).digest("hex"), now],
        );
        await client.query(
          `INSERT INTO "OutboxEmail" (id, "organizationId", "toAddress", subject, "textBody", "nextAttemptAt", "createdAt") VALUES (gen_random_uuid(), $1, $2, 'Confirm your privacy request', $3, $4, $4)`,
          [org.id, body.email, `Hello ${body.name}, please confirm your request.`, now],
        );
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    };
    ({ latencies: baselineLatencies, wallMs: baselineWallMs } = await runConcurrently(args.requests, SUBMISSION_CONCURRENCY, insert));
  } finally {
    await pool.end();
  }
  await cleanUpSubmissions(raw);

  const p = summarize(productLatencies);
  const b = summarize(baselineLatencies);
  const productRate = args.requests / (productWallMs / 1000);
  const baselineRate = args.requests / (baselineWallMs / 1000);
  log(`  ${args.requests.toLocaleString("en")} requests from ${SUBMISSION_CONCURRENCY} clients, after ${SUBMISSION_CONCURRENCY * 2} to warm up; every one answered 202 and was filed; RATE_LIMIT_MAX=${BENCH_RATE_LIMIT_MAX}`);
  return [
    {
      benchmark: `public submission, HTTP, ${SUBMISSION_CONCURRENCY} clients`,
      product: `${fmt(productRate, 0)} req/s, p50 ${fmt(p.p50)} / p95 ${fmt(p.p95)} ms`,
      raw: `${fmt(baselineRate, 0)} req/s, p50 ${fmt(b.p50)} / p95 ${fmt(b.p95)} ms (INSERTs)`,
      ratio: baselineRate / productRate,
      target: `≥ ${SUBMISSION_TARGET.requestsPerSecond} req/s, p95 ≤ ${SUBMISSION_TARGET.p95Ms} ms`,
      isPass: productRate >= SUBMISSION_TARGET.requestsPerSecond && p.p95 <= SUBMISSION_TARGET.p95Ms,
    },
  ];
}
