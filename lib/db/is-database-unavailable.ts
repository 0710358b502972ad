// Tells a failure of the database server itself (down, restarting, unreachable, out of connections) from every
// other error, so callers can answer 503 "try again shortly" instead of 500, and the pool can recover by itself.

// SQLSTATE classes and codes meaning "the server cannot serve you right now", not "your query is wrong".
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "53400"]);
const UNAVAILABLE_SQLSTATE_CLASSES = ["08"]; // connection exceptions
// What Prisma's driver adapter turns socket and server errors into (adapter-pg's convertDriverError).
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Prisma's own codes for an unreachable server, a timed-out connection or pool, a closed connection.
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
// node-postgres reports these as plain Errors without a code; the last is Prisma's P2028 for a pool with no free
// connection in time (overloaded: unavailable for now, not broken).
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection refused|Can't reach database server|the database system is (starting up|shutting down|in recovery)|terminating connection due to administrator command|Client was closed and is not queryable|Unable to start a transaction in the given time/i;

function isUnavailableCode(code: unknown): boolean {
  if (typeof code !== "string") return false;
  return (
    UNAVAILABLE_SQLSTATES.has(code) ||
    UNAVAILABLE_SQLSTATE_CLASSES.some((c) => code.length === 5 && code.startsWith(c)) ||
    UNAVAILABLE_PRISMA_CODES.has(code) ||
    SOCKET_CODES.has(code)
  );
}

type ErrorLike = {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown; originalCode?: unknown } } };
};

export function isDatabaseUnavailable(error: unknown): boolean {
  // Follows `cause` a few levels: Prisma, the adapter and pg each wrap the one before.
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const e = current as ErrorLike;
    if (isUnavailableCode(e.code)) return true;
    // A DriverAdapterError thrown as is (inside interactive transactions) has the adapter's { kind } as its cause.
    if (typeof e.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(e.kind)) return true;
    const adapterCause = e.meta?.driverAdapterError?.cause;
    if (adapterCause) {
      if (typeof adapterCause.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(adapterCause.kind)) return true;
      if (isUnavailableCode(adapterCause.code) || isUnavailableCode(adapterCause.originalCode)) return true;
    }
    if (typeof e.message === "string" && UNAVAILABLE_MESSAGES.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}

/** Seconds a client should wait before trying again: a restart of the server usually takes a few. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
