// Benchmark of the staff queue (not a test): seeds N verified requests (default 100 000) into a fresh
// database, then times the first page and a page deep into the list, reached the way the app reaches it
// (a keyset cursor), and prints PostgreSQL's plan for the query listQueue sends.
//
//   node --import tsx scripts/bench-queue.ts [N]
//
// The database is embedded PGlite in a new temporary directory, or, when TEST_DATABASE_URL is set, a new
// database on that PostgreSQL server. Either is removed at the end.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

// lib/ modules import "server-only", which only resolves outside React Server Components under the
// "react-server" condition: run this file again with it.
if (!process.execArgv.some((arg) => arg.includes("react-server"))) {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ["--conditions=react-server", ...process.execArgv, self, ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(child.status ?? 1);
}

const N = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(N) || N < 1) {
  console.error("Usage: node --import tsx scripts/bench-queue.ts [number of requests, default 100000]");
  process.exit(2);
}

const { createTestDatabase, testDatabaseServerUrl } = await import("../lib/testing/test-database");

const cleanups: Array<() => unknown> = [];
const serverUrl = testDatabaseServerUrl();
if (serverUrl) {
  const db = await createTestDatabase(serverUrl, "rightsdesk_bench");
  cleanups.push(() => db.drop());
  process.env.DATABASE_URL = db.url;
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rightsdesk-bench-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  process.env.DATABASE_URL = "";
  process.env.PGLITE_DIR = path.join(dir, "pglite");
}
process.env.APP_ENV = "test";

const { closeDb, getConnection, getDb } = await import("../lib/db/client");
const { migrate } = await import("../lib/db/migrate");
const { createTestOrganization } = await import("../lib/testing/test-organization");
const { countOpenByQueue } = await import("../lib/requests/queue/count-open-by-queue");
const { encodeCursor, listQueue } = await import("../lib/requests/queue/list-queue");
const { DEFAULT_QUEUE_FILTERS, QUEUE_PAGE_SIZE } = await import("../lib/requests/queue/schemas");
type QueueFilters = import("../lib/requests/queue/schemas").QueueFilters;

const conn = await getConnection();

/** Runs SQL on the benchmark's connection, bypassing Prisma. */
async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  if (conn.kind === "pglite") return (await conn.pglite.query<T>(text, params)).rows;
  return (await conn.pool.query(text, params)).rows as T[];
}

// The SQL Prisma sends for the queue, captured on its way to the driver, to EXPLAIN it afterwards.
type Captured = { text: string; values: unknown[] };
let captured: Captured[] = [];
if (conn.kind === "pglite") {
  const original = conn.pglite.query.bind(conn.pglite);
  conn.pglite.query = ((text: string, values?: unknown[], options?: object) => {
    if (text.includes('"PrivacyRequest"')) captured.push({ text, values: values ?? [] });
    return original(text, values, options as never);
  }) as typeof conn.pglite.query;
} else {
  const pool = conn.pool;
  const original = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const config = args[0] as { text?: string; values?: unknown[] };
    if (typeof config === "object" && config.text?.includes('"PrivacyRequest"')) captured.push({ text: config.text, values: config.values ?? [] });
    return original(...args);
  };
}

function ms(from: bigint): number {
  return Number(process.hrtime.bigint() - from) / 1e6;
}

async function median(run: () => Promise<unknown>, times = 7): Promise<number> {
  await run();
  await run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    await run();
    samples.push(ms(start));
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

try {
  console.log(`Database: ${conn.describe}`);
  await migrate(conn);
  const db = await getDb();
  const org = await createTestOrganization(db, { timeZone: "Pacific/Auckland" });
  const neighbour = await createTestOrganization(db);
  const users = await Promise.all(
    ["Ana", "Hemi", "Kiri", "Tama"].map((name, i) =>
      db.user.create({
        data: { email: `bench-${i}-${org.slug}@staff.example`, name, memberships: { create: { organizationId: org.id, role: "OFFICER" } } },
      }),
    ),
  );
  const [controller, processor] = org.relationships;
  const me = users[0]!;
  const now = new Date();

  // N verified requests in one statement: 70 % controller queue, 40 % still open, received over the
  // last three years, due 30 days after, one in five unassigned. A neighbour organization gets a tenth
  // as many, so every read has to skip another tenant's rows.
  const seed = async (organizationId: string, prefix: string, count: number, controllerId: string, processorId: string, assignees: string[]) => {
    await sql(
      `INSERT INTO "PrivacyRequest" (id, "organizationId", reference, type, status, queue, "relationshipId", "subjectName",
         "subjectEmail", jurisdiction, channel, "receivedAt", "verifiedAt", "dueAt", "assigneeId", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), $1::uuid, $2 || '-2026-' || lpad(g::text, 7, '0'),
         (ARRAY['ACCESS','DELETION','CORRECTION','EXPORT'])[1 + g % 4]::"RequestType",
         (ARRAY['NEW','IN_PROGRESS','AWAITING_SUBJECT','NEW','COMPLETED','COMPLETED','COMPLETED','DENIED','WITHDRAWN','COMPLETED'])[1 + (g / 10) % 10]::"RequestStatus",
         CASE WHEN g % 10 < 7 THEN 'CONTROLLER' ELSE 'PROCESSOR' END::"Queue",
         CASE WHEN g % 10 < 7 THEN $3::uuid ELSE $4::uuid END,
         'Subject ' || g, 'subject' || g || '@example.com', 'NZ', 'WEB',
         r.received, r.received, r.received + interval '30 days',
         CASE WHEN g % 5 = 0 THEN NULL ELSE ($5::uuid[])[1 + (g / 3) % array_length($5::uuid[], 1)] END,
         r.received, r.received
       FROM generate_series(1, $6::int) AS g,
         LATERAL (SELECT $7::timestamp - (((g * 7919) % 1095) || ' days')::interval - ((g % 86400) || ' seconds')::interval AS received) AS r`,
      [organizationId, prefix, controllerId, processorId, `{${assignees.join(",")}}`, count, now.toISOString().replace("Z", "")],
    );
  };
  let start = process.hrtime.bigint();
  await seed(org.id, "BENCH", N, controller!.id, processor!.id, users.map((u) => u.id));
  await seed(neighbour.id, "OTHER", Math.ceil(N / 10), neighbour.relationships[0]!.id, neighbour.relationships[1]!.id, [me.id]);
  await sql(`ANALYZE "PrivacyRequest"`);
  console.log(`Seeded ${N.toLocaleString("en")} requests (+${Math.ceil(N / 10).toLocaleString("en")} in another organization) in ${(ms(start) / 1000).toFixed(1)} s`);

  const counts = await countOpenByQueue(org.id);
  const countTime = await median(() => countOpenByQueue(org.id));
  console.log(`Open: controller ${counts.CONTROLLER.toLocaleString("en")}, processor ${counts.PROCESSOR.toLocaleString("en")} — countOpenByQueue ${countTime.toFixed(1)} ms\n`);

  const views: { name: string; filters: QueueFilters; orderSql: string; whereSql: string; key: "dueAt" | "receivedAt" }[] = [
    {
      name: "controller, open, due soonest (default)",
      filters: { ...DEFAULT_QUEUE_FILTERS },
      whereSql: `queue = 'CONTROLLER' AND status IN ('NEW','IN_PROGRESS','AWAITING_SUBJECT')`,
      orderSql: `"dueAt" ASC NULLS LAST, id ASC`,
      key: "dueAt",
    },
    {
      name: "controller, all statuses, due soonest",
      filters: { ...DEFAULT_QUEUE_FILTERS, status: "all" },
      whereSql: `queue = 'CONTROLLER' AND status <> 'PENDING_VERIFICATION'`,
      orderSql: `"dueAt" ASC NULLS LAST, id ASC`,
      key: "dueAt",
    },
    {
      name: "processor, open, assigned to me, newest first",
      filters: { ...DEFAULT_QUEUE_FILTERS, queue: "PROCESSOR", assignee: "me", sort: "received" },
      whereSql: `queue = 'PROCESSOR' AND status IN ('NEW','IN_PROGRESS','AWAITING_SUBJECT') AND "assigneeId" = '${me.id}'`,
      orderSql: `"receivedAt" DESC, id DESC`,
      key: "receivedAt",
    },
  ];

  const rows: string[][] = [["view", "rows", "page 1", "deep page", "ms page 1", "ms deep page"]];
  const explainTargets: { label: string; query: Captured }[] = [];
  for (const view of views) {
    const [counted] = await sql<{ total: number }>(
      `SELECT count(*)::int AS total FROM "PrivacyRequest" WHERE "organizationId" = $1::uuid AND ${view.whereSql}`,
      [org.id],
    );
    const total = counted!.total;
    // The cursor of the row before a page 90 % of the way down, found once with OFFSET (only here):
    // the app gets the same cursor by following "Next page" links.
    const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
    const deepPage = Math.floor(pages * 0.9);
    const [anchor] = await sql<{ id: string; key: number | null }>(
      `SELECT id, floor(extract(epoch FROM "${view.key}") * 1000)::float8 AS key FROM "PrivacyRequest" WHERE "organizationId" = $1::uuid AND ${view.whereSql}
       ORDER BY ${view.orderSql} OFFSET $2 LIMIT 1`,
      [org.id, Math.max(0, (deepPage - 1) * QUEUE_PAGE_SIZE - 1)],
    );
    const deepFilters: QueueFilters | null = anchor && deepPage >= 2
      ? { ...view.filters, after: encodeCursor({ id: anchor.id, value: anchor.key === null ? null : new Date(Number(anchor.key)) }) }
      : null;

    const first = await median(() => listQueue(org.id, view.filters, { now, userId: me.id }));
    let deep = NaN;
    if (deepFilters) {
      const page = await listQueue(org.id, deepFilters, { now, userId: me.id });
      if (page.rows.length === 0) throw new Error(`The deep page of "${view.name}" came back empty: the cursor is wrong`);
      deep = await median(() => listQueue(org.id, deepFilters, { now, userId: me.id }));
      if (explainTargets.length === 0) {
        for (const [label, filters] of [["page 1", view.filters], [`page ${deepPage}`, deepFilters]] as const) {
          captured = [];
          await listQueue(org.id, filters, { now, userId: me.id });
          explainTargets.push({ label: `${label} of the default view`, query: captured[0]! });
        }
      }
    }
    rows.push([view.name, total.toLocaleString("en"), "1", deepFilters ? `${deepPage} of ${pages}` : `(1 page)`, first.toFixed(1), Number.isNaN(deep) ? "-" : deep.toFixed(1)]);
  }

  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => (c >= 4 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  "));
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
  console.log(`\n(median of 7 runs after 2 warm-ups; a page is ${QUEUE_PAGE_SIZE} rows, read per status and merged)`);
  const trivial = await median(() => db.organization.findUnique({ where: { id: org.id }, select: { timeZone: true } }));
  console.log(`For scale, one trivial Prisma query (an organization by id) takes ${trivial.toFixed(1)} ms here.`);

  // For contrast only: the same deep page of the default view found with OFFSET, as keyset avoids.
  const defaultView = views[0]!;
  const [{ total: openTotal }] = (await sql<{ total: number }>(
    `SELECT count(*)::int AS total FROM "PrivacyRequest" WHERE "organizationId" = $1::uuid AND ${defaultView.whereSql}`,
    [org.id],
  )) as [{ total: number }];
  const offset = Math.max(0, Math.floor(Math.ceil(openTotal / QUEUE_PAGE_SIZE) * 0.9 - 1) * QUEUE_PAGE_SIZE);
  const offsetTime = await median(() =>
    sql(
      `SELECT * FROM "PrivacyRequest" WHERE "organizationId" = $1::uuid AND ${defaultView.whereSql} ORDER BY ${defaultView.orderSql} OFFSET $2 LIMIT ${QUEUE_PAGE_SIZE}`,
      [org.id, offset],
    ),
  );
  console.log(`For contrast, the default view's deep page with OFFSET ${offset.toLocaleString("en")} in one plain SQL query: ${offsetTime.toFixed(1)} ms`);

  for (const [i, { label, query }] of explainTargets.entries()) {
    if (i === 0) console.log(`\nThe first of the reads listQueue sends (one per status), as Prisma wrote it:\n${query.text}`);
    const plan = await sql<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query.text}`, query.values);
    console.log(`\nEXPLAIN ANALYZE, ${label}:\n${plan.map((r) => r["QUERY PLAN"]).join("\n")}`);
  }
} finally {
  await closeDb();
  for (const cleanup of cleanups.reverse()) await cleanup();
}
