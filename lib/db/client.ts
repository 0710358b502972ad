// The one Prisma client of the process, created on first use (never at build time) on top of the
// one connection from ./connection.
import { PrismaPg } from "@prisma/adapter-pg";
import { openConnection, type Connection } from "./connection";
import { createPgliteAdapter } from "./pglite-adapter";
import { PrismaClient } from "./generated/client";

type Handle = { conn: Connection; prisma: PrismaClient };

// Kept on globalThis so that every copy of this module in one process (Next.js bundles, the start
// script, dev reloads) shares one connection: two PGlite instances on one directory corrupt it.
const KEY = Symbol.for("rightsdesk.db");
const store = globalThis as unknown as { [KEY]?: Promise<Handle> };

async function open(): Promise<Handle> {
  const conn = await openConnection();
  const adapter = conn.kind === "pglite" ? createPgliteAdapter(conn.pglite) : new PrismaPg(conn.pool);
  // Under a burst every pooled connection can be busy: a transaction waits its turn for up to 10 s (Prisma's
  // default, 2 s, answered 500s at 100 concurrent filings) instead of failing. A dead server fails at once.
  return { conn, prisma: new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 15_000 } }) };
}

function handle(): Promise<Handle> {
  store[KEY] ??= open().catch((error) => {
    delete store[KEY];
    throw error;
  });
  return store[KEY];
}

export async function getDb(): Promise<PrismaClient> {
  return (await handle()).prisma;
}

export async function getConnection(): Promise<Connection> {
  return (await handle()).conn;
}

/** Closes the connection (and the PGlite lock). The next getDb() opens a new one. */
export async function closeDb(): Promise<void> {
  const pending = store[KEY];
  if (!pending) return;
  delete store[KEY];
  const { conn, prisma } = await pending;
  await prisma.$disconnect();
  await conn.close();
}

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
