// `npm run db:migrate`: apply pending migrations to the configured database and exit.
import { closeDb, getConnection, getDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { runOneTimeJobs } from "../lib/db/one-time-jobs";

const conn = await getConnection();
try {
  const applied = await migrate(conn);
  console.log(`${conn.describe}: ${applied.length ? `applied ${applied.join(", ")}` : "up to date"}`);
  const jobs = await runOneTimeJobs(await getDb(), new Date());
  if (jobs.length) console.log(`Ran one-time jobs: ${jobs.join("; ")}`);
} finally {
  await closeDb();
}
