// The request-log export against a real database: 100,000 requests stream out in keyset batches read only as
// the reader asks for them; identifiers only when asked; another organization's rows never; every export
// recorded in the audit log with its choices and row count; viewers and officers refused.
import { describe, expect, beforeAll, it } from "vitest";
import { getConnection, getDb, type PrismaClient } from "@/lib/db/client";
import { referencePrefix } from "@/lib/requests/reference";
import { createStaff, createVerifiedRequest } from "@/lib/requests/test-fixtures";
import type { StaffContext } from "@/lib/requests/run-staff-action";
import { DEFAULT_QUEUE_FILTERS } from "@/lib/requests/queue/schemas";
import { parseCsv, parseCsvObjects } from "@/lib/testing/parse-csv";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { exportRequestLog, REQUEST_LOG_EXPORTED, type ExportRequestLogArgs } from "./export-request-log";
import { EXPORT_RATE_LIMIT } from "./start-export";

const N = 100_000;
const BATCH = 1000;
// The export's clock: every seeded request was received before it.
const NOW = new Date("2026-11-20T00:00:00Z");

let db: PrismaClient;

async function sql(text: string, params: unknown[] = []): Promise<void> {
  const conn = await getConnection();
  if (conn.kind === "pglite") await conn.pglite.query(text, params);
  else await conn.pool.query(text, params);
}

/**
 * `count` verified requests in one statement: received from 2 January 2026 on, three per second (so the
 * keyset has ties to settle by id), a third of them completed, 30 % in the processor queue.
 */
async function seedRequests(org: TestOrganization, count: number, emailDomain: string): Promise<void> {
  const controller = org.relationships.find((r) => r.queue === "CONTROLLER")!;
  const processor = org.relationships.find((r) => r.queue === "PROCESSOR")!;
  await sql(
    `INSERT INTO "PrivacyRequest" (id, "organizationId", reference, type, status, queue, "relationshipId", "subjectName",
       "subjectEmail", jurisdiction, channel, "receivedAt", "verifiedAt", "dueAt", "closedAt", outcome, "createdAt", "updatedAt")
     SELECT gen_random_uuid(), $1::uuid, $2 || '-2026-' || lpad(g::text, 7, '0'),
       (ARRAY['ACCESS','DELETION','CORRECTION','EXPORT'])[1 + g % 4]::"RequestType",
       (CASE WHEN g % 3 = 0 THEN 'COMPLETED' ELSE 'NEW' END)::"RequestStatus",
       (CASE WHEN g % 10 < 7 THEN 'CONTROLLER' ELSE 'PROCESSOR' END)::"Queue",
       CASE WHEN g % 10 < 7 THEN $3::uuid ELSE $4::uuid END,
       'Subject ' || g, 'subject' || g || '@' || $5, 'NZ', 'WEB',
       r.received, r.received, r.received + interval '30 days',
       CASE WHEN g % 3 = 0 THEN r.received + interval '9 days' END,
       (CASE WHEN g % 3 = 0 THEN 'FULFILLED' END)::"RequestOutcome",
       r.received, r.received
     FROM generate_series(1, $6::int) AS g,
       LATERAL (SELECT timestamp '2026-01-02 00:00:00' + ((g / 3) || ' seconds')::interval AS received) AS r`,
    [org.id, referencePrefix(org.slug), controller.id, processor.id, emailDomain, count],
  );
}

/** A CSV export of the requests received from 1 January 2026 to the day before NOW; `changes` override. */
function exportArgs(context: StaffContext, changes: Partial<ExportRequestLogArgs> = {}): ExportRequestLogArgs {
  return {
    context,
    selection: { kind: "range", from: "2026-01-01", to: "2026-11-19" },
    format: "csv",
    includeIdentifiers: false,
    now: NOW,
    ...changes,
  };
}

async function readAll(body: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(body).text();
}

async function exportsBy(context: StaffContext) {
  return db.auditEvent.findMany({
    where: { organizationId: context.organization.id, actorUserId: context.user.id, action: REQUEST_LOG_EXPORTED },
    orderBy: { createdAt: "asc" },
  });
}

describe("exportRequestLog with 100,000 requests", () => {
  let org: TestOrganization;
  let admin: StaffContext;

  beforeAll(async () => {
    db = await getDb();
    org = await createTestOrganization(db);
    const neighbour = await createTestOrganization(db);
    admin = await createStaff(db, org, "ADMIN");
    await seedRequests(org, N, "bulk.example");
    // Another tenant's requests, received on the same days.
    await seedRequests(neighbour, 2000, "neighbour.example");
    await sql(`ANALYZE "PrivacyRequest"`);
  }, 180_000);

  it("streams every row in keyset batches, reading at most one batch ahead of the reader", async () => {
    let batchesRead = 0;
    const result = await exportRequestLog(exportArgs(admin, { batchSize: BATCH, onBatch: () => batchesRead++ }));
    if (!result.ok) throw new Error(result.error);
    expect(result.filename).toBe(`${org.slug}-request-log-2026-01-01-to-2026-11-19.csv`);
    expect(result.contentType).toBe("text/csv; charset=utf-8; header=present");
    // Nothing is read before the download starts.
    expect(batchesRead).toBe(0);

    const reader = result.body.getReader();
    const decoder = new TextDecoder();
    const first = await reader.read();
    let text = decoder.decode(first.value, { stream: true });
    expect(parseCsv(text)).toHaveLength(1 + BATCH);

    // A reader that pauses holds the database back: the next batch is read while the first travels,
    // and nothing more — 98 of the 100 batches wait for the reader.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 200));
    await expect.poll(() => batchesRead).toBe(2);
    await pause();
    expect(batchesRead).toBe(2);
    const second = await reader.read();
    text += decoder.decode(second.value, { stream: true });
    await expect.poll(() => batchesRead).toBe(3);
    await pause();
    expect(batchesRead).toBe(3);

    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    // 100 full batches, then one read that finds nothing more.
    expect(batchesRead).toBe(N / BATCH + 1);

    const rows = parseCsvObjects(text);
    expect(rows).toHaveLength(N);
    // Each request once (ties on receivedAt are settled by id), oldest first, none of the neighbour's.
    const prefix = `${referencePrefix(org.slug)}-2026-`;
    expect(rows.every((r) => r.reference!.startsWith(prefix))).toBe(true);
    expect(new Set(rows.map((r) => r.reference)).size).toBe(N);
    expect(rows.every((r, i) => i === 0 || rows[i - 1]!.received_at! <= r.received_at!)).toBe(true);
    expect(rows[0]).toMatchObject({ received_at: "2026-01-02T00:00:00.000Z", status: "NEW", queue: "CONTROLLER" });
    // No identifiers were asked for: no subject columns, no address anywhere.
    expect(Object.keys(rows[0]!)).not.toContain("subject_email");
    expect(text).not.toContain("@bulk.example");
    expect(text).not.toContain("Subject 1");

    const [audit] = await exportsBy(admin);
    expect(audit).toMatchObject({
      actorEmail: admin.user.email,
      ip: admin.actor.ip,
      targetType: "Organization",
      targetId: org.id,
      after: expect.objectContaining({ format: "csv", includesSubjectIdentifiers: false, rows: N, outcome: "complete" }),
    });
    expect((audit!.after as { filters: unknown }).filters).toEqual({ receivedFrom: "2026-01-01", receivedTo: "2026-11-19" });
  }, 300_000);

  it("records a cancelled download with the rows sent before it stopped", async () => {
    const before = (await exportsBy(admin)).length;
    const result = await exportRequestLog(exportArgs(admin, { format: "ndjson", batchSize: BATCH }));
    if (!result.ok) throw new Error(result.error);
    const reader = result.body.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    const audits = await exportsBy(admin);
    expect(audits).toHaveLength(before + 1);
    expect(audits.at(-1)!.after).toMatchObject({ format: "ndjson", rows: 2 * BATCH, outcome: "cancelled" });
  }, 60_000);
});

describe("exportRequestLog", () => {
  let org: TestOrganization;
  let admin: StaffContext;

  beforeAll(async () => {
    db = await getDb();
    org = await createTestOrganization(db, { timeZone: "Pacific/Auckland" });
    admin = await createStaff(db, org, "OWNER");
  });

  it("includes the subject's name, email and jurisdiction only when asked, and records the choice", async () => {
    const filed = await createVerifiedRequest(db, org);
    const selection = { kind: "queue" as const, filters: { ...DEFAULT_QUEUE_FILTERS, q: filed.reference } };

    const without = await exportRequestLog(exportArgs(admin, { selection, format: "ndjson", now: new Date() }));
    if (!without.ok) throw new Error(without.error);
    const plain = (await readAll(without.body)).trim().split("\n").map((line) => JSON.parse(line));
    expect(plain).toEqual([expect.objectContaining({ reference: filed.reference, type: "ACCESS", channel: "WEB", status: "NEW", assignee_email: null })]);
    expect(plain[0]).not.toHaveProperty("subject_email");
    expect(JSON.stringify(plain)).not.toContain(filed.subjectEmail);

    const withIds = await exportRequestLog(exportArgs(admin, { selection, format: "ndjson", includeIdentifiers: true, now: new Date() }));
    if (!withIds.ok) throw new Error(withIds.error);
    const [row] = (await readAll(withIds.body)).trim().split("\n").map((line) => JSON.parse(line));
    expect(row).toMatchObject({ reference: filed.reference, subject_name: "Aroha Ngata", subject_email: filed.subjectEmail, subject_jurisdiction: "NZ" });
    expect(row.received_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(row.due_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    const audits = await exportsBy(admin);
    expect(audits.slice(-2).map((a) => a.after)).toEqual([
      expect.objectContaining({ includesSubjectIdentifiers: false, rows: 1, outcome: "complete", filters: expect.objectContaining({ search: filed.reference }) }),
      expect.objectContaining({ includesSubjectIdentifiers: true, rows: 1, outcome: "complete" }),
    ]);
  });

  it("exports every page of the queue's view and nothing outside it", async () => {
    const viewOrg = await createTestOrganization(db);
    const owner = await createStaff(db, viewOrg, "OWNER");
    await seedRequests(viewOrg, 300, "view.example");
    const selection = { kind: "queue" as const, filters: { ...DEFAULT_QUEUE_FILTERS, queue: "PROCESSOR" as const, status: "closed" as const } };
    const result = await exportRequestLog(exportArgs(owner, { selection, batchSize: 7 }));
    if (!result.ok) throw new Error(result.error);
    const rows = parseCsvObjects(await readAll(result.body));
    // Of g = 1..300: processor when g % 10 >= 7, completed when g % 3 = 0.
    const expected = Array.from({ length: 300 }, (_, i) => i + 1).filter((g) => g % 10 >= 7 && g % 3 === 0);
    expect(rows.map((r) => r.reference).sort()).toEqual(expected.map((g) => `${referencePrefix(viewOrg.slug)}-2026-${String(g).padStart(7, "0")}`).sort());
    expect(rows.every((r) => r.queue === "PROCESSOR" && r.status === "COMPLETED" && r.outcome === "FULFILLED")).toBe(true);
  });

  it("counts the days in the organization's time zone", async () => {
    // 11:30 UTC on 31 March is 00:30 on 1 April in Auckland (NZDT, +13).
    const reference = `${referencePrefix(org.slug)}-2026-900001`;
    await db.privacyRequest.create({
      data: {
        organizationId: org.id,
        reference,
        type: "DELETION",
        status: "NEW",
        queue: "CONTROLLER",
        relationshipId: org.relationships[0]!.id,
        subjectName: "Mere Parata",
        subjectEmail: "mere@example.nz",
        jurisdiction: "NZ",
        receivedAt: new Date("2026-03-31T11:30:00Z"),
        verifiedAt: new Date("2026-03-31T11:40:00Z"),
      },
    });
    const references = async (from: string, to: string) => {
      const result = await exportRequestLog(exportArgs(admin, { selection: { kind: "range", from, to } }));
      if (!result.ok) throw new Error(result.error);
      return parseCsvObjects(await readAll(result.body)).map((r) => r.reference);
    };
    expect(await references("2026-04-01", "2026-04-01")).toEqual([reference]);
    expect(await references("2026-03-31", "2026-03-31")).toEqual([]);
  });

  it("writes only the header when nothing matches, and records an export of no rows", async () => {
    const selection = { kind: "queue" as const, filters: { ...DEFAULT_QUEUE_FILTERS, q: "not a reference or an address" } };
    const result = await exportRequestLog(exportArgs(admin, { selection }));
    if (!result.ok) throw new Error(result.error);
    expect(parseCsv(await readAll(result.body))).toEqual([expect.arrayContaining(["reference", "received_at", "assignee_email"])]);
    expect((await exportsBy(admin)).at(-1)!.after).toMatchObject({ rows: 0, outcome: "complete" });
  });

  it("refuses a viewer and an officer before reading anything, and records nothing", async () => {
    for (const role of ["VIEWER", "OFFICER"] as const) {
      const member = await createStaff(db, org, role);
      let batchesRead = 0;
      const result = await exportRequestLog(exportArgs(member, { onBatch: () => batchesRead++ }));
      expect(result).toMatchObject({ ok: false, code: "forbidden", error: expect.stringMatching(/does not allow this/) });
      expect(batchesRead).toBe(0);
      expect(await exportsBy(member)).toEqual([]);
    }
  });

  it(`lets one member start ${EXPORT_RATE_LIMIT.max} exports an hour`, async () => {
    const busy = await createStaff(db, org, "ADMIN");
    for (let i = 0; i < EXPORT_RATE_LIMIT.max; i++) {
      const result = await exportRequestLog(exportArgs(busy));
      if (!result.ok) throw new Error(result.error);
      await result.body.cancel();
    }
    const refused = await exportRequestLog(exportArgs(busy));
    expect(refused).toMatchObject({ ok: false, code: "rate_limited", retryAfterSeconds: expect.any(Number) });
    // Another member is not held back by it.
    expect((await exportRequestLog(exportArgs(admin))).ok).toBe(true);
  });
});
