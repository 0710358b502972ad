// `npm test`: unit and integration tests (Vitest), then a build of the app when its sources changed, then
// the browser tests (Playwright) against that build, then 1,000 fuzz cases (scripts/fuzz.ts) against it. Embedded PGlite by default; set TEST_DATABASE_URL to
// a PostgreSQL server to run the same suite there (each run creates and drops its own databases).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { testDatabaseServerUrl } from "../lib/testing/test-database";
import { buildIfNeeded } from "./lib/build-if-needed";

type Outcome = "passed" | "FAILED" | "skipped";
const results: Array<{ step: string; outcome: Outcome; seconds: number }> = [];

function step(name: string, run: () => boolean): boolean {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  let ok = false;
  try {
    ok = run();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  }
  results.push({ step: name, outcome: ok ? "passed" : "FAILED", seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

function runBin(bin: string, args: string[]): boolean {
  const result = spawnSync(process.execPath, [path.join("node_modules", bin), ...args], { stdio: "inherit" });
  return result.status === 0;
}

const database = testDatabaseServerUrl() ? "PostgreSQL (TEST_DATABASE_URL)" : "embedded PGlite";
console.log(`Rightsdesk tests on ${database}`);

step("unit and integration tests (vitest)", () => runBin("vitest/vitest.mjs", ["run"]));
const built = step("build (next build, when sources changed)", () => {
  buildIfNeeded();
  return true;
});
if (built) {
  step("browser tests (playwright)", () => runBin("@playwright/test/cli.js", ["test"]));
  // The fuzzer's own server and database: its junk never shares rate limits with the browser tests.
  step("fuzz (1,000 hostile requests, seed 1)", () => spawnSync(process.execPath, ["--import", "tsx", "scripts/fuzz.ts", "--cases", "1000", "--seed", "1"], { stdio: "inherit" }).status === 0);
} else {
  results.push({ step: "browser tests (playwright)", outcome: "skipped", seconds: 0 });
  results.push({ step: "fuzz (1,000 hostile requests, seed 1)", outcome: "skipped", seconds: 0 });
}

const failed = results.filter((r) => r.outcome !== "passed");
console.log(`\nSummary (${database}):`);
for (const r of results) console.log(`  ${r.outcome.padEnd(7)} ${r.step}${r.outcome === "skipped" ? "" : ` (${r.seconds}s)`}`);
console.log(failed.length ? `npm test FAILED: ${failed.map((r) => r.step).join("; ")}` : "npm test passed: all steps green");
process.exit(failed.length ? 1 : 0);
