// The process's one database connection: embedded PGlite when DATABASE_URL is unset, a PostgreSQL
// pool when it is set. Prisma and the migration runner both sit on top of it.
import { getEnv } from "../env";
import { log } from "../log/log";
import { acquirePgliteLock } from "./pglite-lock";
import type { PGlite } from "@electric-sql/pglite";
import type { Pool, PoolConfig } from "pg";

export type Connection =
  | { kind: "pglite"; pglite: PGlite; describe: string; close(): Promise<void> }
  | { kind: "postgres"; pool: Pool; describe: string; close(): Promise<void> };

/**
 * Pool settings from a postgresql:// URL, spelled out field by field: a bare connectionString once
 * let Prisma's CLI treat the app database as its shadow database (see PLATFORM-NOTES).
 */
export function poolConfigFromUrl(url: string): PoolConfig {
  const u = new URL(url);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname) || "127.0.0.1",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || undefined,
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    max: Number(u.searchParams.get("connection_limit") ?? 10),
    // A server that is down or unreachable must fail a request within seconds (503), never hang it: getting a
    // connection (a new one, or a turn at a busy pool) gives up after connect_timeout seconds, a statement after
    // statement_timeout ms, and a transaction left idle (a crashed caller) is ended by the server.
    connectionTimeoutMillis: Number(u.searchParams.get("connect_timeout") ?? 8) * 1000,
    statement_timeout: Number(u.searchParams.get("statement_timeout") ?? 60_000),
    idle_in_transaction_session_timeout: 60_000,
    keepAlive: true,
  };
}

export function describeUrl(url: string): string {
  const u = new URL(url);
  return `PostgreSQL ${u.hostname}:${u.port || 5432}/${u.pathname.replace(/^\//, "")}`;
}

async function openPglite(dir: string): Promise<Connection> {
  const { PGlite } = await import("@electric-sql/pglite");
  const isMemory = dir.startsWith("memory://");
  const release = isMemory ? () => {} : acquirePgliteLock(dir);
  try {
    const pglite = await PGlite.create(isMemory ? undefined : dir);
    return {
      kind: "pglite",
      pglite,
      describe: isMemory ? "embedded PGlite (in memory)" : `embedded PGlite at ${dir}`,
      async close() {
        try {
          await pglite.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function openPostgres(url: string): Promise<Connection> {
  const { Pool } = await import("pg");
  const pool = new Pool(poolConfigFromUrl(url));
  // An idle connection the server closed (a restart: 57P01) is an 'error' event; unheard, it would end the
  // process. The pool drops that connection and opens a new one on the next query, so logging is enough.
  pool.on("error", (error: Error & { code?: string }) => {
    log.warn("Database connection lost; the pool reconnects on the next query.", { code: error.code ?? error.name });
  });
  return { kind: "postgres", pool, describe: describeUrl(url), close: () => pool.end() };
}

/** Opens the connection the environment asks for. Callers own it and must close it. */
export function openConnection(): Promise<Connection> {
  const env = getEnv();
  return env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openPglite(env.PGLITE_DIR);
}

/** Runs SQL that may hold several statements (migrations). */
export async function execScript(conn: Connection, sql: string): Promise<void> {
  if (conn.kind === "pglite") await conn.pglite.exec(sql);
  else await conn.pool.query(sql);
}
