// Queue pages of the big organization: listQueue (the product's data access, through Prisma) against the very
// statements it sent, replayed through `pg` directly with the same parallelism. Page 1 and a deep page (500, or
// the deepest the view has), reached with the cursor the app's "Next page" links would carry.
import type pg from "pg";
import { getConnection } from "@/lib/db/client";
import { encodeCursor, listQueue } from "@/lib/requests/queue/list-queue";
import { DEFAULT_QUEUE_FILTERS, QUEUE_PAGE_SIZE, type QueueFilters } from "@/lib/requests/queue/schemas";
import type { BenchDataset } from "./generate-bench-data";
import { fmt, timeRunsAlternating, type ResultRow } from "./measure";

export const QUEUE_TARGET = { p95Ms: 50, ratio: 2 };
const DEEP_PAGE = 500;

type Statement = { text: string; values: unknown[]; startedAt: bigint; endedAt: bigint };

/** Records the statements Prisma hands the process's pg pool while `run` runs, with when each ran. */
async function captureStatements(run: () => Promise<unknown>): Promise<Statement[]> {
  const conn = await getConnection();
  if (conn.kind !== "postgres") throw new Error("The queue benchmark runs on PostgreSQL");
  const pool = conn.pool as unknown as { query: (...args: unknown[]) => Promise<unknown> };
  const original = pool.query;
  const captured: Statement[] = [];
  pool.query = function (this: unknown, ...args: unknown[]) {
    const config = args[0] as { text?: string; values?: unknown[] };
    const statement: Statement = { text: config.text ?? String(config), values: config.values ?? [], startedAt: process.hrtime.bigint(), endedAt: 0n };
    captured.push(statement);
    const result = original.apply(this, args);
    void result.then(() => (statement.endedAt = process.hrtime.bigint()), () => {});
    return result;
  };
  try {
    await run();
  } finally {
    pool.query = original;
  }
  return captured;
}

/** Statements that ran side by side (each began before any earlier one of its wave had finished). */
function waves(statements: Statement[]): Statement[][] {
  const result: Statement[][] = [];
  for (const s of [...statements].sort((x, y) => (x.startedAt < y.startedAt ? -1 : 1))) {
    const wave = result.at(-1);
    const firstEnd = wave ? wave.reduce((min, w) => (w.endedAt < min ? w.endedAt : min), wave[0]!.endedAt) : 0n;
    if (wave && s.startedAt < firstEnd) wave.push(s);
    else result.push([s]);
  }
  return result;
}

type View = { name: string; filters: QueueFilters; whereSql: string };

export async function benchQueue(args: {
  dataset: BenchDataset;
  raw: pg.Pool;
  runs: number;
  warmUp: number;
  explain: boolean;
  log: (line: string) => void;
}): Promise<ResultRow[]> {
  const { dataset, raw, runs, warmUp, log } = args;
  const orgId = dataset.bigOrgId;
  const me = (await raw.query<{ id: string }>(`SELECT "userId" AS id FROM "Membership" WHERE "organizationId" = $1 AND role = 'OFFICER' LIMIT 1`, [orgId])).rows[0]!.id;
  const context = { now: dataset.anchor, userId: me };
  const views: View[] = [
    {
      name: "open, controller (default view)",
      filters: { ...DEFAULT_QUEUE_FILTERS },
      whereSql: `queue = 'CONTROLLER' AND status IN ('NEW','IN_PROGRESS','AWAITING_SUBJECT')`,
    },
    {
      name: "all statuses, access, controller",
      filters: { ...DEFAULT_QUEUE_FILTERS, status: "all", type: "ACCESS" },
      whereSql: `queue = 'CONTROLLER' AND type = 'ACCESS' AND status <> 'PENDING_VERIFICATION'`,
    },
  ];

  const rows: ResultRow[] = [];
  for (const view of views) {
    const total = (await raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "PrivacyRequest" WHERE "organizationId" = $1 AND ${view.whereSql}`, [orgId])).rows[0]!.n;
    const deepPage = Math.min(DEEP_PAGE, Math.ceil(total / QUEUE_PAGE_SIZE));
    // Setup only: the row before the deep page, found once with OFFSET; the app reaches it by following links.
    // A view of one page (a small --requests) has no deep page, and no row before it.
    const anchorRow = deepPage <= 1 ? undefined : (
      await raw.query<{ id: string; due: number | null }>(
        // The key as epoch milliseconds: pg would read a timestamp without time zone as local time.
        `SELECT id, floor(extract(epoch FROM "dueAt") * 1000)::float8 AS due FROM "PrivacyRequest" WHERE "organizationId" = $1 AND ${view.whereSql}
         ORDER BY "dueAt" ASC NULLS LAST, id ASC OFFSET $2 LIMIT 1`,
        [orgId, (deepPage - 1) * QUEUE_PAGE_SIZE - 1],
      )
    ).rows[0];
    const pages: { label: string; filters: QueueFilters }[] = [{ label: "page 1", filters: view.filters }];
    if (deepPage > 1 && anchorRow) {
      pages.push({ label: `page ${deepPage}`, filters: { ...view.filters, after: encodeCursor({ id: anchorRow.id, value: anchorRow.due === null ? null : new Date(anchorRow.due) }) } });
    }
    log(`  ${view.name}: ${total.toLocaleString("en")} requests, ${Math.ceil(total / QUEUE_PAGE_SIZE).toLocaleString("en")} pages`);

    for (const page of pages) {
      const listing = await listQueue(orgId, page.filters, context);
      if (listing.rows.length === 0) throw new Error(`${view.name}, ${page.label}: listQueue returned no rows`);
      const statements = await captureStatements(() => listQueue(orgId, page.filters, context));
      const plan = waves(statements);
      const replay = async () => {
        for (const wave of plan) await Promise.all(wave.map((s) => raw.query(s.text, s.values)));
      };
      const [product, baseline] = await timeRunsAlternating(() => listQueue(orgId, page.filters, context), replay, { runs, warmUp });
      const ratio = product.p95 / baseline.p95;
      rows.push({
        benchmark: `queue ${page.label}: ${view.name}`,
        product: `p50 ${fmt(product.p50)} / p95 ${fmt(product.p95)} ms`,
        raw: `p50 ${fmt(baseline.p50)} / p95 ${fmt(baseline.p95)} ms (${statements.length} statements in ${plan.length} rounds)`,
        ratio,
        target: `p95 ≤ ${QUEUE_TARGET.p95Ms} ms, ≤ ${QUEUE_TARGET.ratio}× raw`,
        isPass: product.p95 <= QUEUE_TARGET.p95Ms && ratio <= QUEUE_TARGET.ratio,
      });
      if (args.explain) {
        for (const s of statements.filter((st) => st.text.includes('"PrivacyRequest"')).slice(0, 1)) {
          const result = await raw.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${s.text}`, s.values);
          log(`\n  EXPLAIN ANALYZE, ${view.name}, ${page.label}, the first of ${statements.length} statements:\n  ${s.text}\n${result.rows.map((r) => `    ${r["QUERY PLAN"]}`).join("\n")}\n`);
        }
      }
    }
  }
  return rows;
}
