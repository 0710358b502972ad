// Applies prisma/migrations to the open connection at start-up, in order, each in its own transaction.
// It keeps Prisma's own `_prisma_migrations` table, so `prisma migrate status` agrees with it; see
// docs/decisions/0001-database.md for why the app does not shell out to `prisma migrate deploy`.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { execScript, type Connection } from "./connection";

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma", "migrations");

type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

async function query<T>(conn: Connection, sql: string, params: unknown[] = []): Promise<T[]> {
  if (conn.kind === "pglite") return (await conn.pglite.query<T>(sql, params)).rows;
  return (await conn.pool.query(sql, params)).rows as T[];
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Applies every migration not yet applied; returns the names it applied. */
export async function migrate(conn: Connection, migrations = readMigrations()): Promise<string[]> {
  // Several app instances may start together against one PostgreSQL: one migrates, the others wait.
  const lockKey = 7_351_902_114;
  const run = async (q: <T>(sql: string, params?: unknown[]) => Promise<T[]>, exec: (sql: string) => Promise<void>) => {
    await exec(CREATE_TABLE);
    const applied = await q<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const byName = new Map(applied.map((a) => [a.migration_name, a]));
    const done: string[] = [];
    for (const m of migrations) {
      const previous = byName.get(m.name);
      if (previous?.finished_at) {
        if (previous.checksum !== m.checksum) {
          throw new Error(`Migration ${m.name} was changed after it was applied. Add a new migration instead of editing it.`);
        }
        continue;
      }
      if (previous) throw new Error(`Migration ${m.name} failed earlier and needs attention before the app can start.`);
      await exec("BEGIN");
      try {
        await exec(m.sql);
        await q(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await exec("COMMIT");
      } catch (error) {
        await exec("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`, { cause: error });
      }
      done.push(m.name);
    }
    return done;
  };

  if (conn.kind === "pglite") {
    return run((sql, params) => query(conn, sql, params), (sql) => execScript(conn, sql));
  }
  const client = await conn.pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [lockKey]);
    try {
      return await run(
        async (sql, params) => (await client.query(sql, params)).rows,
        async (sql) => void (await client.query(sql)),
      );
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [lockKey]);
    }
  } finally {
    client.release();
  }
}
