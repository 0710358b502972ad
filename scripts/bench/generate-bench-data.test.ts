// The bench's generator finishes on a busy machine: its statements run longer than the app's statement_timeout
// (60 s by default; a million-row INSERT … SELECT under load), so the generator's own session lifts it. Here the
// session starts with a 1 ms timeout, which every statement of the generator would exceed.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poolConfigFromUrl } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import { createTestDatabase, openPostgresConnection, testDatabaseServerUrl, type TestDatabase } from "@/lib/testing/test-database";
import { generateBenchData } from "./generate-bench-data";

// The bench runs on the machine's PostgreSQL (never PGlite), as `npm run bench` does.
const serverUrl = testDatabaseServerUrl() ?? "postgresql://postgres@127.0.0.1:5432/postgres";
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase(serverUrl, "rightsdesk_bench_test");
  const conn = openPostgresConnection(db.url);
  try {
    await migrate(conn);
  } finally {
    await conn.close();
  }
}, 120_000);

afterAll(async () => {
  await db?.drop();
});

describe("generateBenchData", () => {
  it("generates a small data set through a session whose statement_timeout is shorter than any of its statements", async () => {
    const url = new URL(db.url);
    url.searchParams.set("statement_timeout", "1");
    const client = new pg.Client(poolConfigFromUrl(url.toString()));
    await client.connect();
    try {
      expect((await client.query<{ statement_timeout: string }>("SHOW statement_timeout")).rows[0]!.statement_timeout).toBe("1ms");
      const dataset = await generateBenchData(client, { orgs: 3, requests: 300, big: 100, dueToday: 10 }, new Date("2026-11-20T09:00:00Z"), () => {});
      const counts = await client.query<{ orgs: number; requests: number; big: number }>(
        `SELECT (SELECT count(*)::int FROM "Organization") AS orgs, (SELECT count(*)::int FROM "PrivacyRequest") AS requests,
           (SELECT count(*)::int FROM "PrivacyRequest" WHERE "organizationId" = $1) AS big`,
        [dataset.bigOrgId],
      );
      expect(counts.rows[0]).toEqual({ orgs: 3, requests: 300, big: 100 });
    } finally {
      await client.end();
    }
  }, 120_000);
});
