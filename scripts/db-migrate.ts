// `npm run db:migrate`: apply pending migrations to the configured database and exit.
import { closeDb, getConnection } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";

const conn = await getConnection();
try {
  const applied = await migrate(conn);
  console.log(`${conn.describe}: ${applied.length ? `applied ${applied.join(", ")}` : "up to date"}`);
} finally {
  await closeDb();
}
