// A PostgreSQL server of the load test's own (never the shared one): initdb into a temporary directory owned by
// the postgres user, listening on loopback only, so the test may stop and restart it at will.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export type PostgresCluster = {
  url: string;
  start(): void;
  /** `pg_ctl stop -m fast`: clients are disconnected at once (57P01), new connections refused. */
  stop(): void;
  destroy(): void;
};

function asPostgres(args: string[], options: { allowFailure?: boolean } = {}): string {
  // PostgreSQL refuses to run as root: run its tools as the postgres user when we are root.
  const [cmd, argv] = process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", ...args]] : [args[0]!, args.slice(1)];
  const result = spawnSync(cmd, argv, { encoding: "utf8" });
  if (result.status !== 0 && !options.allowFailure) {
    throw new Error(`${args.map((a) => path.basename(a)).join(" ")} failed: ${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

export function createPostgresCluster(port: number): PostgresCluster {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rightsdesk-load-pg-"));
  fs.chmodSync(dir, 0o755);
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres:postgres", dir]);
  const data = path.join(dir, "data");
  asPostgres([`${BIN}/initdb`, "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const options = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${dir}`,
    "-c max_connections=200",
    "-c fsync=on",
    "-c shared_buffers=128MB",
  ].join(" ");
  const pgCtl = (...args: string[]) => asPostgres([`${BIN}/pg_ctl`, "-D", data, ...args]);
  let running = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start() {
      pgCtl("-l", path.join(dir, "server.log"), "-o", options, "-w", "-t", "60", "start");
      running = true;
    },
    stop() {
      pgCtl("-m", "fast", "-w", "-t", "60", "stop");
      running = false;
    },
    destroy() {
      if (running) asPostgres([`${BIN}/pg_ctl`, "-D", data, "-m", "immediate", "-w", "stop"], { allowFailure: true });
      running = false;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
