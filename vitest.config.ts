// Unit and integration tests (Vitest). Playwright's browser tests live in e2e/ and run separately.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, "lib", "testing", "empty-module.ts") },
    ],
  },
  test: {
    environment: "node",
    include: ["{lib,prisma,app,scripts}/**/*.test.ts"],
    exclude: ["e2e/**", "**/node_modules/**", ".next/**"],
    globalSetup: ["lib/testing/vitest-global-setup.ts"],
    setupFiles: ["lib/testing/vitest-setup.ts"],
    pool: "forks",
    // Integration tests open a database and run queries through WASM PGlite: allow them time.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
