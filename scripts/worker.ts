// `npm run worker`: the background worker (outbox delivery and reminder sweeps) as a process of its own,
// for deployments that run it beside the web instances (set WORKER_IN_APP=false on those). Any number of
// workers and app instances may share one PostgreSQL database; each email and reminder goes out once.
// With the embedded database the app already runs the worker, and only one process can open it.
import { closeDb, getConnection, getDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { runOneTimeJobs } from "../lib/db/one-time-jobs";
import { getEnv } from "../lib/env";
import { startBackgroundWorker, stopBackgroundWorker } from "../lib/worker/background-worker";

const env = getEnv();
const conn = await getConnection();
await migrate(conn);
await runOneTimeJobs(await getDb(), new Date());
startBackgroundWorker({ keepAlive: true });
console.log(
  `Worker running on ${conn.describe}: outbox every ${env.OUTBOX_POLL_SECONDS} s, reminders every ${env.REMINDER_SWEEP_SECONDS} s. Ctrl+C stops it.`,
);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing the current batch…`);
  await stopBackgroundWorker();
  await closeDb();
  process.exit(0);
};
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
