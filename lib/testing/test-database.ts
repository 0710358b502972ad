// Throwaway databases for tests: a fresh PostgreSQL database on the TEST_DATABASE_URL server, or
// embedded PGlite. Never the developer's database: nothing here reads DATABASE_URL or PGLITE_DIR.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { describeUrl, poolConfigFromUrl, type Connection } from "../db/connection";

/** The PostgreSQL server that tests may create databases on, or undefined for embedded PGlite. */
export function testDatabaseServerUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (!url) return undefined;
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(`TEST_DATABASE_URL must start with postgresql:// (got "${url}")`);
  }
  return url;
}

export type TestDatabase = { name: string; url: string; drop(): Promise<void> };

async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client(poolConfigFromUrl(serverUrl));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Creates an empty database with a random name on the server of `serverUrl` (connecting to that URL's
 * own database to run CREATE DATABASE). `drop()` removes it, closing any connection still open on it.
 */
export async function createTestDatabase(serverUrl: string, prefix = "rightsdesk_test"): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** A pool on `url`, shaped like the app's own connection so migrate() can run on it. */
export function openPostgresConnection(url: string): Connection {
  const pool = new pg.Pool(poolConfigFromUrl(url));
  return { kind: "postgres", pool, describe: describeUrl(url), close: () => pool.end() };
}

/** PGlite in `dir`, or in memory without one. No lock file: the caller owns the directory. */
export async function openPgliteConnection(dir?: string): Promise<Connection> {
  const { PGlite } = await import("@electric-sql/pglite");
  const pglite = await PGlite.create(dir);
  return { kind: "pglite", pglite, describe: dir ? `embedded PGlite at ${dir}` : "embedded PGlite (in memory)", close: () => pglite.close() };
}

/**
 * An empty, unmigrated database of the kind this run tests against, for tests about the schema itself.
 * `dispose()` closes it and, on PostgreSQL, drops it.
 */
export async function openFreshDatabase(): Promise<{ conn: Connection; dispose(): Promise<void> }> {
  const serverUrl = testDatabaseServerUrl();
  if (!serverUrl) {
    const conn = await openPgliteConnection();
    return { conn, dispose: () => conn.close() };
  }
  const db = await createTestDatabase(serverUrl, "rightsdesk_fresh");
  const conn = openPostgresConnection(db.url);
  return {
    conn,
    async dispose() {
      await conn.close();
      await db.drop();
    },
  };
}
