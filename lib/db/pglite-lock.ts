// A lock file beside the embedded database, because PGlite itself lets two processes open one
// directory and silently corrupt it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export class DatabaseLockedError extends Error {
  constructor(dir: string, holder: string) {
    super(
      `The embedded database at ${dir} is already open in another process (${holder}). ` +
        `Stop that process first, or set DATABASE_URL to use a PostgreSQL server that many processes can share.`,
    );
    this.name = "DatabaseLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock for `dir` or throws DatabaseLockedError; returns the function that releases it. */
export function acquirePgliteLock(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(path.dirname(path.resolve(dir)), `${path.basename(dir)}.lock`);
  const me = JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() });

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, me, { flag: "wx" });
      const release = () => {
        process.off("exit", release);
        try {
          if (fs.readFileSync(lockPath, "utf8") === me) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder: { pid?: number; host?: string } = {};
      try {
        holder = JSON.parse(fs.readFileSync(lockPath, "utf8"));
      } catch {
        // Unreadable lock file: treat as stale.
      }
      const sameHost = !holder.host || holder.host === os.hostname();
      if (holder.pid && sameHost && isAlive(holder.pid)) {
        throw new DatabaseLockedError(dir, `pid ${holder.pid}`);
      }
      if (holder.pid && !sameHost) throw new DatabaseLockedError(dir, `pid ${holder.pid} on ${holder.host}`);
      // The holder is gone (crash or kill -9): the lock is stale.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseLockedError(dir, "unknown");
}
