// Prisma CLI configuration: runs every CLI command through the JS/WASM engines and a driver adapter,
// because the native engines cannot be downloaded on our machines (see docs/decisions/0001-database.md).
import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI calls adapter() more than once; open at most one connection per process.
let adapter: Promise<unknown> | undefined;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => {
    adapter ??= import("./lib/db/cli-adapter").then((m) => m.createCliAdapter());
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return (await adapter) as any;
  },
});
