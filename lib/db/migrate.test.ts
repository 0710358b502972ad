import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getConnection, getDb } from "./client";
import type { Connection } from "./connection";
import { migrate, readMigrations } from "./migrate";
import { openFreshDatabase } from "../testing/test-database";
import { createTestOrganization } from "../testing/test-organization";

async function rows<T>(conn: Connection, sql: string): Promise<T[]> {
  if (conn.kind === "pglite") return (await conn.pglite.query<T>(sql)).rows;
  return (await conn.pool.query(sql)).rows as T[];
}

describe("migrate", () => {
  it("applies every migration to a fresh database once, and nothing the second time", async () => {
    const { conn, dispose } = await openFreshDatabase();
    try {
      const all = readMigrations();
      expect(all.length).toBeGreaterThan(0);

      expect(await migrate(conn)).toEqual(all.map((m) => m.name));
      const tables = await rows<{ table_name: string }>(
        conn,
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
      );
      expect(tables.map((t) => t.table_name)).toEqual(
        expect.arrayContaining(["Organization", "PrivacyRequest", "RequestEvent", "OutboxEmail", "_prisma_migrations"]),
      );

      expect(await migrate(conn)).toEqual([]);
      const recorded = await rows<{ migration_name: string }>(conn, `SELECT migration_name FROM "_prisma_migrations"`);
      expect(recorded.map((r) => r.migration_name).sort()).toEqual(all.map((m) => m.name));
    } finally {
      await dispose();
    }
  });

  it("refuses a migration that was edited after it was applied", async () => {
    // The test database was migrated by the test setup, as a running installation would be.
    const conn = await getConnection();
    const all = readMigrations();
    const edited = all.map((m, i) => {
      if (i !== 0) return m;
      const sql = `${m.sql}\n-- edited afterwards\n`;
      return { ...m, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });

    await expect(migrate(conn, edited)).rejects.toThrow(
      `Migration ${all[0]!.name} was changed after it was applied. Add a new migration instead of editing it.`,
    );
    expect(await migrate(conn, all)).toEqual([]);
  });
});

describe("RequestEvent", () => {
  it("is append-only: the database refuses an UPDATE", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const request = await db.privacyRequest.create({
      data: {
        organizationId: org.id,
        type: "ACCESS",
        queue: "CONTROLLER",
        relationshipId: org.relationships[0]!.id,
        subjectName: "Ada Subject",
        subjectEmail: "ada@example.com",
        jurisdiction: "NZ",
        receivedAt: new Date("2026-11-26T00:00:00Z"),
      },
    });
    const event = await db.requestEvent.create({
      data: { organizationId: org.id, requestId: request.id, kind: "submitted", actor: "SUBJECT", message: "original" },
    });

    await expect(db.requestEvent.update({ where: { id: event.id }, data: { message: "rewritten" } })).rejects.toThrow(
      /append-only/,
    );
    // Straight SQL too, past Prisma: the trigger, not the client, is what refuses.
    await expect(
      rows(await getConnection(), `UPDATE "RequestEvent" SET "message" = 'rewritten' WHERE "id" = '${event.id}'`),
    ).rejects.toThrow("RequestEvent rows are append-only");
    expect((await db.requestEvent.findUniqueOrThrow({ where: { id: event.id } })).message).toBe("original");
  });
});

describe("AuditEvent target types", () => {
  it("are one spelling after 20261204100000: reveals recorded as 'request' become 'PrivacyRequest', and the trail stays append-only", async () => {
    const { conn, dispose } = await openFreshDatabase();
    try {
      const all = readMigrations();
      const at = all.findIndex((m) => m.name === "20261204100000_audit_request_target");
      expect(at).toBeGreaterThan(0);
      await migrate(conn, all.slice(0, at));
      const requestId = "6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f";
      await rows(
        conn,
        `INSERT INTO "AuditEvent" (id, ip, action, "targetType", "targetId") VALUES
          ('00000000-0000-4000-8000-000000000001', '10.0.0.1', 'subject.revealed', 'request', '${requestId}'),
          ('00000000-0000-4000-8000-000000000002', '10.0.0.1', 'request.note', 'PrivacyRequest', '${requestId}'),
          ('00000000-0000-4000-8000-000000000003', '10.0.0.1', 'member.invite', 'Invitation', '${requestId}')`,
      );
      await migrate(conn, all);
      const after = await rows<{ action: string; targetType: string }>(conn, `SELECT action, "targetType" FROM "AuditEvent" ORDER BY id`);
      expect(after).toEqual([
        { action: "subject.revealed", targetType: "PrivacyRequest" },
        { action: "request.note", targetType: "PrivacyRequest" },
        { action: "member.invite", targetType: "Invitation" },
      ]);
      await expect(rows(conn, `UPDATE "AuditEvent" SET "targetType" = 'request'`)).rejects.toThrow(/append-only/);
    } finally {
      await dispose();
    }
  });
});
