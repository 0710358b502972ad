// A database that is down answers 503 with Retry-After on the API, within the connect timeout, while every
// other failure stays a 500: checked with the real errors Prisma and node-postgres throw, not imitations.
import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { apiRoute } from "@/lib/api/api-route";
import { poolConfigFromUrl } from "./connection";
import { PrismaClient } from "./generated/client";
import { isDatabaseUnavailable } from "./is-database-unavailable";

/** A loopback port with nothing listening: connections are refused at once. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A server that accepts connections and never answers: the connect timeout must end the wait. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function errorOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

function prismaOn(port: number) {
  const pool = new pg.Pool(poolConfigFromUrl(`postgresql://postgres@127.0.0.1:${port}/none?connect_timeout=1`));
  pool.on("error", () => {});
  return { prisma: new PrismaClient({ adapter: new PrismaPg(pool) }), pool };
}

describe("isDatabaseUnavailable", () => {
  it("recognises Prisma's errors for a refused connection, in queries and in transactions", async () => {
    const { prisma, pool } = prismaOn(await closedPort());
    try {
      expect(isDatabaseUnavailable(await errorOf(() => prisma.$queryRaw`SELECT 1`))).toBe(true);
      expect(isDatabaseUnavailable(await errorOf(() => prisma.organization.findFirst()))).toBe(true);
      expect(isDatabaseUnavailable(await errorOf(() => prisma.$transaction(async (tx) => tx.organization.count())))).toBe(true);
    } finally {
      await pool.end();
    }
  });

  it("gives up on a server that never answers within the connect timeout, and recognises that too", async () => {
    const silent = await silentServer();
    const { prisma, pool } = prismaOn(silent.port);
    try {
      const started = Date.now();
      const error = await errorOf(() => prisma.organization.findFirst());
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await silent.close();
      await pool.end();
    }
  });

  it("recognises a server shutting down (57P01) and leaves query mistakes alone", () => {
    const shutdown = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01", severity: "FATAL" });
    expect(isDatabaseUnavailable(shutdown)).toBe(true);
    expect(isDatabaseUnavailable({ name: "DriverAdapterError", cause: { kind: "postgres", code: "57P03" } })).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key value"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
  });
});

describe("apiRoute", () => {
  it("answers 503 service_unavailable with Retry-After when the database is down, and 500 for anything else", async () => {
    const { prisma, pool } = prismaOn(await closedPort());
    try {
      const down = apiRoute(async () => Response.json(await prisma.organization.findFirst()));
      const answer = await down(new Request("http://localhost/api/v1/x"), { params: Promise.resolve({}) });
      expect(answer.status).toBe(503);
      expect(answer.headers.get("retry-after")).toBe("5");
      expect(((await answer.json()) as { error: { code: string } }).error.code).toBe("service_unavailable");

      const broken = apiRoute(async () => {
        throw new TypeError("a bug");
      });
      expect((await broken(new Request("http://localhost/api/v1/x"), { params: Promise.resolve({}) })).status).toBe(500);
    } finally {
      await pool.end();
    }
  });
});
