// The audit-log export against a real database: the filtered entries of one organization, oldest first, with
// before/after as JSON; the export itself recorded (append-only); viewers and officers refused.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type PrismaClient } from "@/lib/db/client";
import { EMPTY_AUDIT_FILTERS } from "@/lib/audit/schemas";
import { createStaff, createVerifiedRequest, type FiledRequest } from "@/lib/requests/test-fixtures";
import type { StaffContext } from "@/lib/requests/run-staff-action";
import { parseCsvObjects } from "@/lib/testing/parse-csv";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { AUDIT_LOG_EXPORTED, exportAuditLog } from "./export-audit-log";

let db: PrismaClient;
let org: TestOrganization;
let admin: StaffContext;
let filed: FiledRequest;
const NOW = new Date();

beforeAll(async () => {
  db = await getDb();
  org = await createTestOrganization(db);
  const other = await createTestOrganization(db);
  admin = await createStaff(db, org, "ADMIN");
  filed = await createVerifiedRequest(db, org);
  const base = NOW.getTime() - 3_600_000;
  await db.auditEvent.createMany({
    data: [
      { action: "request.assign", before: { assignee: null }, after: { assignee: "Ana" }, targetId: filed.id, reason: null },
      { action: "request.deny", before: { status: "NEW" }, after: { status: "DENIED" }, targetId: filed.id, reason: "=HYPERLINK(\"https://evil.example\")" },
      { action: "request.note", after: { note: "Line 1\nLine 2, \"quoted\"" }, targetId: filed.id, reason: null },
    ].map((entry, i) => ({
      organizationId: org.id,
      actorUserId: admin.user.id,
      actorEmail: admin.user.email,
      ip: "203.0.113.5",
      targetType: "PrivacyRequest",
      createdAt: new Date(base + i * 1000),
      ...entry,
    })),
  });
  await db.auditEvent.create({
    data: { organizationId: other.id, actorEmail: "someone@other.example", ip: "198.51.100.1", action: "request.assign", targetType: "PrivacyRequest", createdAt: new Date(base) },
  });
});

describe("exportAuditLog", () => {
  it("writes the filtered entries oldest first, with the request's reference and before → after", async () => {
    const result = await exportAuditLog({ context: admin, filters: { ...EMPTY_AUDIT_FILTERS, action: "request" }, format: "csv", now: NOW });
    if (!result.ok) throw new Error(result.error);
    expect(result.filename).toMatch(new RegExp(`^${org.slug}-audit-log-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const rows = parseCsvObjects(await new Response(result.body).text());
    expect(rows.map((r) => r.action)).toEqual(["request.assign", "request.deny", "request.note"]);
    expect(rows[0]).toMatchObject({
      actor_email: admin.user.email,
      actor_user_id: admin.user.id,
      ip: "203.0.113.5",
      target_type: "PrivacyRequest",
      target_id: filed.id,
      request_reference: filed.reference,
      before: '{"assignee":null}',
      after: '{"assignee":"Ana"}',
    });
    // A reason written to run in a spreadsheet is text there.
    expect(rows[1]!.reason).toBe("'=HYPERLINK(\"https://evil.example\")");
    expect(JSON.parse(rows[2]!.after!)).toEqual({ note: 'Line 1\nLine 2, "quoted"' });
  });

  it("writes NDJSON with before and after as JSON, and never another organization's entries", async () => {
    const result = await exportAuditLog({ context: admin, filters: EMPTY_AUDIT_FILTERS, format: "ndjson", now: NOW });
    if (!result.ok) throw new Error(result.error);
    const entries = (await new Response(result.body).text()).trim().split("\n").map((line) => JSON.parse(line));
    expect(entries.some((e) => e.actor_email === "someone@other.example")).toBe(false);
    expect(entries.find((e) => e.action === "request.deny")).toMatchObject({ before: { status: "NEW" }, after: { status: "DENIED" }, request_reference: filed.reference });
    expect(entries.every((e) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(e.occurred_at))).toBe(true);
  });

  it("records each export with its filters and row count, in a record nobody can change or delete", async () => {
    const result = await exportAuditLog({ context: admin, filters: { ...EMPTY_AUDIT_FILTERS, request: filed.reference }, format: "csv", now: NOW });
    if (!result.ok) throw new Error(result.error);
    await new Response(result.body).text();
    const record = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: org.id, action: AUDIT_LOG_EXPORTED },
      orderBy: { createdAt: "desc" },
    });
    expect(record).toMatchObject({ actorEmail: admin.user.email, after: { filters: { request: filed.reference }, format: "csv", rows: 3, outcome: "complete" } });
    await expect(db.auditEvent.update({ where: { id: record.id }, data: { after: { rows: 0 } } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: record.id } })).rejects.toThrow(/append-only/);
  });

  it("refuses a viewer and an officer", async () => {
    for (const role of ["VIEWER", "OFFICER"] as const) {
      const member = await createStaff(db, org, role);
      expect(await exportAuditLog({ context: member, filters: EMPTY_AUDIT_FILTERS, format: "csv", now: NOW })).toMatchObject({ ok: false, code: "forbidden" });
    }
  });
});
