// Runs once per `vitest run`: prepares this run's own database and removes it afterwards.
// PostgreSQL (TEST_DATABASE_URL set): one fresh, migrated database that every test file shares.
// PGlite (default): one migrated template directory that every test file copies, since a fresh
// PGlite spends ~3 s in initdb while copying a migrated one takes ~0.3 s.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrate } from "../db/migrate";
import { createTestDatabase, openPgliteConnection, openPostgresConnection, testDatabaseServerUrl } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** postgresql:// URL of this run's database, or "" when tests use PGlite. */
    testDatabaseUrl: string;
    /** Migrated PGlite data directory for test files to copy, or "" on PostgreSQL. */
    pgliteTemplateDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = testDatabaseServerUrl();
  if (serverUrl) {
    const db = await createTestDatabase(serverUrl);
    try {
      const conn = openPostgresConnection(db.url);
      try {
        await migrate(conn);
      } finally {
        await conn.close();
      }
    } catch (error) {
      await db.drop();
      throw error;
    }
    console.log(`Integration tests use the PostgreSQL database ${db.name}, dropped after the run.`);
    project.provide("testDatabaseUrl", db.url);
    project.provide("pgliteTemplateDir", "");
    return () => db.drop();
  }

  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "rightsdesk-vitest-"));
  const templateDir = path.join(runDir, "template");
  try {
    const conn = await openPgliteConnection(templateDir);
    try {
      await migrate(conn);
    } finally {
      await conn.close();
    }
  } catch (error) {
    fs.rmSync(runDir, { recursive: true, force: true });
    throw error;
  }
  project.provide("testDatabaseUrl", "");
  project.provide("pgliteTemplateDir", templateDir);
  return async () => fs.rmSync(runDir, { recursive: true, force: true });
}
