// Prisma's driver adapter for PGlite, with one fix: Prisma hands Bytes parameters to adapters as
// base64 text, which @prisma/adapter-pg turns back into bytes but pglite-prisma-adapter 0.6 passes on,
// so PGlite refuses them. Converting here keeps every caller on plain Prisma calls for both databases.
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

type SqlQuery = { sql: string; args: unknown[]; argTypes: ({ scalarType?: string } | undefined)[] };
type Queryable = {
  queryRaw(query: SqlQuery): Promise<unknown>;
  executeRaw(query: SqlQuery): Promise<number>;
  // The adapter itself starts transactions, whose queries need the same conversion.
  startTransaction?(...args: unknown[]): Promise<Queryable>;
};

function withBytes(query: SqlQuery): SqlQuery {
  const args = query.args.map((arg, i) =>
    typeof arg === "string" && query.argTypes[i]?.scalarType === "bytes" ? Buffer.from(arg, "base64") : arg,
  );
  return { ...query, args };
}

function convertingBytes<T extends Queryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query) => queryRaw(withBytes(query));
  queryable.executeRaw = (query) => executeRaw(withBytes(query));
  const start = queryable.startTransaction?.bind(queryable);
  if (start) queryable.startTransaction = async (...args) => convertingBytes(await start(...args));
  return queryable;
}

export function createPgliteAdapter(pglite: PGlite): PrismaPGlite {
  const factory = new PrismaPGlite(pglite);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => convertingBytes(await connect());
  return factory;
}
