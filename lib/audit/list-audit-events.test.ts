// The audit log page's data against a real database: one organization's entries only, newest first, page by
// page without gaps or repeats, and narrowed by actor, action, request and days of the organization's calendar.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type PrismaClient } from "@/lib/db/client";
import { createStaff, createVerifiedRequest, type FiledRequest } from "@/lib/requests/test-fixtures";
import { revealSubject } from "@/lib/requests/queue/reveal-subject";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { listAuditEvents, type AuditPage } from "./list-audit-events";
import { EMPTY_AUDIT_FILTERS, type AuditFilters } from "./schemas";

let db: PrismaClient;
let org: TestOrganization;
let other: TestOrganization;
let filed: FiledRequest;
const MINUTE = 60_000;
// Entries one minute apart from 09:00 UTC on 1 March 2026 (22:00 that day in Auckland, NZDT +13).
const START = new Date("2026-03-01T09:00:00Z");

const filters = (changes: Partial<AuditFilters> = {}): AuditFilters => ({ ...EMPTY_AUDIT_FILTERS, ...changes });

async function pages(changes: Partial<AuditFilters>, pageSize: number): Promise<AuditPage[]> {
  const all: AuditPage[] = [];
  let after: string | null = null;
  do {
    const page: AuditPage = await listAuditEvents(org, filters(changes), { after, before: null }, { reader: null, pageSize });
    all.push(page);
    after = page.olderCursor;
  } while (after);
  return all;
}

beforeAll(async () => {
  db = await getDb();
  org = await createTestOrganization(db, { timeZone: "Pacific/Auckland" });
  other = await createTestOrganization(db);
  filed = await createVerifiedRequest(db, org);
  // 120 entries by two people, three actions, some about the filed request, plus the neighbour's own.
  await db.auditEvent.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({
      organizationId: org.id,
      actorUserId: null,
      actorEmail: i % 2 === 0 ? "Ana.Admin@Example.com" : "hemi@example.com",
      ip: `203.0.113.${i % 250}`,
      action: ["request.assign", "request.note", "member.invited"][i % 3]!,
      targetType: i % 3 === 2 ? "Invitation" : "PrivacyRequest",
      targetId: i % 3 === 2 ? crypto.randomUUID() : filed.id,
      before: i % 3 === 0 ? { assignee: null } : undefined,
      after: i % 3 === 0 ? { assignee: "Ana" } : { note: `Note ${i}` },
      reason: i === 5 ? "Asked by the DPO" : null,
      // Two entries share each minute, so pages must settle ties by id.
      createdAt: new Date(START.getTime() + Math.floor(i / 2) * MINUTE),
    })),
  });
  await db.auditEvent.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      organizationId: other.id,
      actorEmail: "ana.admin@example.com",
      ip: "198.51.100.1",
      action: "request.assign",
      targetType: "PrivacyRequest",
      targetId: filed.id,
      createdAt: new Date(START.getTime() + i * MINUTE),
    })),
  });
});

describe("listAuditEvents", () => {
  it("pages through every entry of the organization, newest first, each once, and back again", async () => {
    const forward = await pages({ from: "2026-03-01", to: "2026-03-03" }, 50);
    expect(forward.map((p) => p.entries.length)).toEqual([50, 50, 20]);
    const entries = forward.flatMap((p) => p.entries);
    expect(new Set(entries.map((e) => e.id)).size).toBe(120);
    expect(entries.every((e, i) => i === 0 || entries[i - 1]!.at >= e.at)).toBe(true);
    expect(forward[0]!.newerCursor).toBeNull();
    expect(forward[2]!.olderCursor).toBeNull();

    // Back from the last page to the one before it: the same entries in the same order.
    const back = await listAuditEvents(org, filters({ from: "2026-03-01", to: "2026-03-03" }), { after: null, before: forward[2]!.newerCursor }, { reader: null, pageSize: 50 });
    expect(back.entries.map((e) => e.id)).toEqual(forward[1]!.entries.map((e) => e.id));
    expect(back.olderCursor).not.toBeNull();
    expect(back.newerCursor).not.toBeNull();
  });

  it("never shows another organization's entries", async () => {
    const entries = (await pages({}, 200)).flatMap((p) => p.entries);
    expect(entries.some((e) => e.ip === "198.51.100.1")).toBe(false);
  });

  it("names the request an entry is about, with its reference", async () => {
    const [newest] = (await listAuditEvents(org, filters({ action: "request.note" }), { after: null, before: null }, { reader: null, pageSize: 1 })).entries;
    expect(newest).toMatchObject({ action: "request.note", request: { id: filed.id, reference: filed.reference }, after: { note: "Note 118" } });
  });

  it("narrows by part of the actor's address in any case, by an action or its family, and by request", async () => {
    const count = async (changes: Partial<AuditFilters>) => (await pages(changes, 500)).flatMap((p) => p.entries).length;
    expect(await count({ actor: "ana.admin" })).toBe(60);
    expect(await count({ actor: "EXAMPLE.COM", from: "2026-03-01" })).toBe(120);
    expect(await count({ action: "request.assign" })).toBe(40);
    expect(await count({ action: "request" })).toBe(80);
    expect(await count({ action: "member" })).toBe(40);
    expect(await count({ action: "request.ass" })).toBe(0);
    expect(await count({ request: filed.reference, actor: "hemi" })).toBe(40);
    expect(await count({ request: filed.reference.replace(/\d+$/, "999999") })).toBe(0);
  });

  it("counts days on the organization's calendar", async () => {
    // 09:00–09:59 UTC on 1 March is 22:00–22:59 on 1 March in Auckland; 11:00 UTC is already 2 March there.
    const firstDay = (await pages({ from: "2026-03-01", to: "2026-03-01" }, 500)).flatMap((p) => p.entries);
    expect(firstDay).toHaveLength(120);
    expect(await pages({ from: "2026-03-02", to: "2026-03-02" }, 500)).toEqual([{ entries: [], newerCursor: null, olderCursor: null }]);
  });

  it("shows entries the application writes, such as a reveal in the queue", async () => {
    const officer = await createStaff(db, org);
    await revealSubject({ organizationId: org.id, requestId: filed.id, role: officer.role, actor: officer.actor, now: new Date() });
    const [entry] = (await listAuditEvents(org, filters({ actor: officer.user.email }), { after: null, before: null }, { reader: null })).entries;
    expect(entry).toMatchObject({ action: "subject.revealed", ip: officer.actor.ip, request: { reference: filed.reference } });
  });

  it("masks the subject in entries about a request the reader has not revealed today", async () => {
    const admin = await createStaff(db, org, "ADMIN");
    const now = new Date();
    await db.auditEvent.create({
      data: {
        organizationId: org.id,
        actorEmail: filed.subjectEmail,
        ip: "203.0.113.9",
        action: "request.subject_answered",
        targetType: "PrivacyRequest",
        targetId: filed.id,
        after: { subjectEmail: filed.subjectEmail, note: `Answered from ${filed.subjectEmail}` },
      },
    });
    const read = async () =>
      (await listAuditEvents(org, filters({ action: "request.subject_answered" }), { after: null, before: null }, { reader: { userId: admin.user.id, role: admin.role, now: new Date() } }))
        .entries[0]!;
    const masked = await read();
    expect(JSON.stringify(masked)).not.toContain(filed.subjectEmail);
    expect(masked.actorEmail).toMatch(/•••/);
    expect(masked.after).toMatchObject({ subjectEmail: expect.stringMatching(/•••/) });

    await revealSubject({ organizationId: org.id, requestId: filed.id, role: admin.role, actor: admin.actor, now });
    const revealed = await read();
    expect(revealed.actorEmail).toBe(filed.subjectEmail);
    expect(revealed.after).toMatchObject({ subjectEmail: filed.subjectEmail });
  });
});
