// Runs before each test file, before the file's own imports: points lib/env at this run's database
// (never a developer's DATABASE_URL) and closes the connection when the file is done.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { closeDb } from "../db/client";

const databaseUrl = inject("testDatabaseUrl");
const templateDir = inject("pgliteTemplateDir");

process.env.APP_ENV = "test";
// Emails stay in the dev mailbox (tests that need SMTP start lib/testing/smtp-sink), never reaching an SMTP
// server configured in the developer's shell.
process.env.SMTP_URL = "";

let fileDir: string | undefined;
if (databaseUrl) {
  // The run's PostgreSQL database, migrated by the global setup; tests isolate by organization.
  process.env.DATABASE_URL = databaseUrl;
} else {
  // This file's own PGlite: a copy of the migrated template, opened on first getDb().
  fileDir = path.join(path.dirname(templateDir), "files", randomUUID());
  fs.cpSync(templateDir, path.join(fileDir, "pglite"), { recursive: true });
  process.env.DATABASE_URL = "";
  process.env.PGLITE_DIR = path.join(fileDir, "pglite");
}

afterAll(async () => {
  await closeDb();
  if (fileDir) fs.rmSync(fileDir, { recursive: true, force: true });
});
