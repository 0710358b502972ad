import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquirePgliteLock, DatabaseLockedError } from "./pglite-lock";

const LOCK_MODULE = pathToFileURL(path.join(import.meta.dirname, "pglite-lock.ts")).href;

describe("acquirePgliteLock", () => {
  let tmp: string;
  let dir: string;
  let lockFile: string;
  const children: ChildProcess[] = [];

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rightsdesk-lock-"));
    dir = path.join(tmp, "pglite");
    lockFile = path.join(tmp, "pglite.lock");
  });
  afterEach(() => {
    for (const child of children.splice(0)) child.kill("SIGKILL");
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  function writeLock(pid: number) {
    fs.writeFileSync(lockFile, JSON.stringify({ pid, host: os.hostname(), since: new Date().toISOString() }));
  }

  it("refuses a second open in the same process until the first is released", () => {
    const release = acquirePgliteLock(dir);
    expect(fs.existsSync(lockFile)).toBe(true);

    expect(() => acquirePgliteLock(dir)).toThrow(DatabaseLockedError);
    expect(() => acquirePgliteLock(dir)).toThrow(
      `The embedded database at ${dir} is already open in another process (pid ${process.pid}).`,
    );

    release();
    expect(fs.existsSync(lockFile)).toBe(false);
    acquirePgliteLock(dir)();
  });

  it("takes over a lock left by a process that no longer runs", () => {
    const dead = spawnSync(process.execPath, ["-e", ""]);
    expect(dead.pid).toBeGreaterThan(0);
    writeLock(dead.pid);

    const release = acquirePgliteLock(dir);
    expect(JSON.parse(fs.readFileSync(lockFile, "utf8")).pid).toBe(process.pid);
    release();
  });

  it("refuses a lock held by another running process, and takes it once that process is killed", async () => {
    // A real second process takes the lock and keeps running, as a second `npm start` would.
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        `const { acquirePgliteLock } = await import(${JSON.stringify(LOCK_MODULE)});
         acquirePgliteLock(${JSON.stringify(dir)});
         console.log("locked");
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
      child.once("exit", (code) => reject(new Error(`lock holder exited early (code ${code})`)));
    });

    expect(() => acquirePgliteLock(dir)).toThrow(DatabaseLockedError);
    expect(() => acquirePgliteLock(dir)).toThrow(`(pid ${child.pid})`);

    // kill -9 leaves the lock file behind: it is stale now and must not block the next start.
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    expect(fs.existsSync(lockFile)).toBe(true);
    acquirePgliteLock(dir)();
  });
});
