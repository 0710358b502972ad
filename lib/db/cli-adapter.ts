// Driver adapter for the Prisma CLI (prisma.config.ts): the same database the app would open.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openConnection } from "./connection";

export async function createCliAdapter() {
  const conn = await openConnection();
  process.once("beforeExit", () => void conn.close());
  return conn.kind === "pglite" ? new PrismaPGlite(conn.pglite) : new PrismaPg(conn.pool);
}
