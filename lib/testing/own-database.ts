// For test files that act on everything due in the database (reminder sweeps, outbox dispatch with an
// injected clock): on PostgreSQL, where test files otherwise share one database, this file gets its own, so
// it neither handles other files' rows nor sends their people email. On PGlite every file has its own already.
import { afterAll, beforeAll } from "vitest";
import { closeDb } from "../db/client";
import { migrate } from "../db/migrate";
import { createTestDatabase, openPostgresConnection, testDatabaseServerUrl, type TestDatabase } from "./test-database";

/** Call at the top of a test file, before anything opens the database. */
export function useOwnDatabase(): void {
  let own: TestDatabase | undefined;
  beforeAll(async () => {
    const serverUrl = testDatabaseServerUrl();
    if (!serverUrl) return;
    own = await createTestDatabase(serverUrl, "rightsdesk_own");
    const conn = openPostgresConnection(own.url);
    try {
      await migrate(conn);
    } finally {
      await conn.close();
    }
    process.env.DATABASE_URL = own.url;
  });
  afterAll(async () => {
    await closeDb();
    await own?.drop();
  });
}
