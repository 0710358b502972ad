// Runs `next build` when the sources changed since the last build, so `npm start` is one command.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = ["app", "components", "lib", "public", "next.config.mjs", "package-lock.json", "tsconfig.json", "instrumentation.ts"];
const STAMP = path.join(".next", "rightsdesk-build.sha256");

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const child of fs.readdirSync(entry).sort()) {
    if (child === "node_modules" || child.startsWith(".")) continue;
    yield* files(path.join(entry, child));
  }
}

/** A digest of everything the build reads (contents, not times, so a fresh clone builds once). */
export function sourceDigest(root = process.cwd()): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

export function isBuildCurrent(root = process.cwd()): boolean {
  const stamp = path.join(root, STAMP);
  return fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === sourceDigest(root);
}

export function buildIfNeeded(root = process.cwd()): void {
  if (isBuildCurrent(root)) return;
  console.log("Building the app (first start or changed sources)…");
  const digest = sourceDigest(root);
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  fs.writeFileSync(path.join(root, STAMP), digest);
}
