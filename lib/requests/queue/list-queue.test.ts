// The staff queue against a real database: what a member sees, in which order, page by page.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Queue, RequestStatus, RequestType } from "@/lib/db/generated/enums";
import { formatReference } from "@/lib/requests/reference";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { countOpenByQueue } from "./count-open-by-queue";
import { findRevealedRequestIds } from "./find-revealed-request-ids";
import { listQueue, type QueueListing } from "./list-queue";
import { listMemberOrganizations } from "./list-member-organizations";
import { revealSubject } from "./reveal-subject";
import { DEFAULT_QUEUE_FILTERS, QUEUE_PAGE_SIZE, parseQueueFilters, type QueueFilters } from "./schemas";

// Wednesday 10 June 2026, 10:00 in Auckland (NZST, +12).
const NOW = new Date("2026-06-09T22:00:00Z");
const DAY = 86_400_000;
/** The end of the Auckland day `n` days from NOW's day (23:59:59.999 NZST). */
const endOfDay = (n: number) => new Date(Date.UTC(2026, 5, 10 + n, 11, 59, 59, 999));

type Seed = {
  queue?: Queue;
  status?: RequestStatus;
  type?: RequestType;
  dueAt?: Date | null;
  receivedAt?: Date;
  assigneeId?: string | null;
  email?: string;
  name?: string;
};

let sequence = 0;

async function addRequests(org: TestOrganization, seeds: Seed[]): Promise<string[]> {
  const db = await getDb();
  const relationshipFor = (queue: Queue) => org.relationships.find((r) => r.queue === queue)!.id;
  const ids: string[] = [];
  const data = seeds.map((seed) => {
    const status = seed.status ?? "NEW";
    const queue = seed.queue ?? "CONTROLLER";
    const isVerified = status !== "PENDING_VERIFICATION";
    const id = crypto.randomUUID();
    ids.push(id);
    return {
      id,
      organizationId: org.id,
      reference: isVerified ? formatReference(org.slug, 2026, ++sequence) : null,
      type: seed.type ?? "ACCESS",
      status,
      queue,
      relationshipId: relationshipFor(queue),
      subjectName: seed.name ?? "Aroha Ngata",
      subjectEmail: seed.email ?? `subject-${randomBytes(4).toString("hex")}@example.nz`,
      jurisdiction: "NZ",
      receivedAt: seed.receivedAt ?? new Date(NOW.getTime() - 20 * DAY),
      verifiedAt: isVerified ? new Date(NOW.getTime() - 20 * DAY) : null,
      dueAt: seed.dueAt === undefined ? (isVerified ? endOfDay(10) : null) : seed.dueAt,
      assigneeId: seed.assigneeId ?? null,
    };
  });
  await db.privacyRequest.createMany({ data });
  return ids;
}

async function addMember(org: TestOrganization, name: string) {
  const db = await getDb();
  return db.user.create({
    data: {
      email: `${name.toLowerCase()}-${randomBytes(4).toString("hex")}@staff.example`,
      name,
      memberships: { create: { organizationId: org.id, role: "OFFICER" } },
    },
  });
}

function filters(changes: Partial<QueueFilters> = {}): QueueFilters {
  return { ...DEFAULT_QUEUE_FILTERS, ...changes };
}

async function ids(org: TestOrganization, changes: Partial<QueueFilters> = {}, userId = crypto.randomUUID()) {
  const listing = await listQueue(org.id, filters(changes), { now: NOW, userId });
  return listing.rows.map((r) => r.id).sort();
}

/** Follows "next" links from the first page to the last; returns every page. */
async function walkForward(org: TestOrganization, changes: Partial<QueueFilters> = {}): Promise<QueueListing[]> {
  const pages: QueueListing[] = [];
  let after: string | null = null;
  do {
    const page = await listQueue(org.id, filters({ ...changes, after }), { now: NOW, userId: crypto.randomUUID() });
    pages.push(page);
    after = page.nextCursor;
    expect(pages.length, "the walk ends").toBeLessThan(50);
  } while (after);
  return pages;
}

describe("listQueue", () => {
  it("never shows another organization's requests, nor counts them", async () => {
    const db = await getDb();
    const mine = await createTestOrganization(db);
    const theirs = await createTestOrganization(db);
    const myIds = await addRequests(mine, [{}, { queue: "PROCESSOR" }]);
    await addRequests(theirs, [{}, {}, { queue: "PROCESSOR" }, { email: "shared@example.nz" }]);

    expect(await ids(mine, { status: "all" })).toEqual([myIds[0]].sort());
    expect(await ids(mine, { status: "all", queue: "PROCESSOR" })).toEqual([myIds[1]]);
    expect(await ids(mine, { q: "shared@example.nz" })).toEqual([]);
    expect(await countOpenByQueue(mine.id)).toEqual({ CONTROLLER: 1, PROCESSOR: 1 });
    expect(await countOpenByQueue(theirs.id)).toEqual({ CONTROLLER: 3, PROCESSOR: 1 });
  });

  it("never shows an unverified request, whatever the filters", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const [verified] = await addRequests(org, [
      { email: "known@example.nz" },
      { status: "PENDING_VERIFICATION", email: "known@example.nz" },
      { status: "PENDING_VERIFICATION", queue: "PROCESSOR" },
    ]);
    for (const status of ["open", "closed", "all", "NEW"] as const) {
      for (const queue of ["CONTROLLER", "PROCESSOR"] as const) {
        const expected = queue === "CONTROLLER" && (status === "open" || status === "all" || status === "NEW") ? [verified] : [];
        expect(await ids(org, { status, queue })).toEqual(expected);
      }
    }
    expect(await ids(org, { q: "KNOWN@example.nz", status: "all" })).toEqual([verified]);
    expect(await countOpenByQueue(org.id)).toEqual({ CONTROLLER: 1, PROCESSOR: 0 });
    // A status filter read from an address cannot ask for them either.
    expect(parseQueueFilters({ status: "pending-verification" }).status).toBe("open");
  });

  it("shows open requests by default, and closed, all or one status on request", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const [n, p, a, c, d, w] = await addRequests(org, [
      { status: "NEW" },
      { status: "IN_PROGRESS" },
      { status: "AWAITING_SUBJECT" },
      { status: "COMPLETED" },
      { status: "DENIED" },
      { status: "WITHDRAWN" },
    ]);
    expect(await ids(org)).toEqual([n, p, a].sort());
    expect(await ids(org, { status: "closed" })).toEqual([c, d, w].sort());
    expect(await ids(org, { status: "all" })).toEqual([n, p, a, c, d, w].sort());
    expect(await ids(org, { status: "IN_PROGRESS" })).toEqual([p]);
    expect(await ids(org, { status: "DENIED" })).toEqual([d]);
  });

  it("reads why a waiting request waits (its open pause's reason), and nothing for one that does not wait", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const [asked, answered, legacy, working] = await addRequests(org, [
      { status: "AWAITING_SUBJECT" },
      { status: "AWAITING_SUBJECT" },
      { status: "AWAITING_SUBJECT" },
      { status: "IN_PROGRESS" },
    ]);
    const pause = (requestId: string, startedAt: Date, extra: { endedAt?: Date; reason?: "IDENTITY" | "CLARIFICATION" } = {}) => ({
      organizationId: org.id,
      requestId,
      startedAt,
      ...extra,
    });
    await db.requestPause.createMany({
      data: [
        pause(asked!, new Date(NOW.getTime() - 3 * DAY), { endedAt: new Date(NOW.getTime() - 2 * DAY), reason: "IDENTITY" }),
        pause(asked!, new Date(NOW.getTime() - DAY), { reason: "CLARIFICATION" }),
        pause(answered!, new Date(NOW.getTime() - DAY), { endedAt: NOW, reason: "IDENTITY" }),
        pause(legacy!, new Date(NOW.getTime() - DAY)),
        pause(working!, new Date(NOW.getTime() - DAY), { reason: "IDENTITY" }),
      ],
    });
    const listing = await listQueue(org.id, filters({ status: "all" }), { now: NOW, userId: crypto.randomUUID() });
    const reasonOf = (id: string) => listing.rows.find((r) => r.id === id)!.pauseReason;
    expect(reasonOf(asked!)).toBe("CLARIFICATION");
    expect(reasonOf(answered!)).toBeNull();
    expect(reasonOf(legacy!)).toBeNull();
    expect(reasonOf(working!)).toBeNull();
  });

  it("keeps the controller and processor queues apart", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const [controller, processor] = await addRequests(org, [{ queue: "CONTROLLER" }, { queue: "PROCESSOR" }]);
    expect(await ids(org, { queue: "CONTROLLER" })).toEqual([controller]);
    expect(await ids(org, { queue: "PROCESSOR" })).toEqual([processor]);
  });

  it("filters by type", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const [access, deletion] = await addRequests(org, [{ type: "ACCESS" }, { type: "DELETION" }, { type: "EXPORT" }]);
    expect(await ids(org, { type: "ACCESS" })).toEqual([access]);
    expect(await ids(org, { type: "DELETION" })).toEqual([deletion]);
    expect(await ids(org, { type: "CORRECTION" })).toEqual([]);
  });

  it("filters by assignee: me, unassigned, or one member", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const me = await addMember(org, "Mere");
    const colleague = await addMember(org, "Tama");
    const [mine, theirs, nobodys] = await addRequests(org, [{ assigneeId: me.id }, { assigneeId: colleague.id }, {}]);
    expect(await ids(org, { assignee: "me" }, me.id)).toEqual([mine]);
    expect(await ids(org, { assignee: "me" }, colleague.id)).toEqual([theirs]);
    expect(await ids(org, { assignee: "unassigned" }, me.id)).toEqual([nobodys]);
    expect(await ids(org, { assignee: { userId: colleague.id } }, me.id)).toEqual([theirs]);
    const listing = await listQueue(org.id, filters({ assignee: "me" }), { now: NOW, userId: me.id });
    expect(listing.rows[0]!.assignee).toMatchObject({ id: me.id, name: "Mere" });
  });

  it("filters by due date in the organization's time zone: overdue, today, within N days", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db); // Pacific/Auckland
    const [lastWeek, anHourAgo, tonight, inThreeDays, inEightDays, closedAndLate] = await addRequests(org, [
      { dueAt: new Date(NOW.getTime() - 7 * DAY) },
      { dueAt: new Date(NOW.getTime() - 3_600_000) },
      { dueAt: endOfDay(0) },
      { dueAt: endOfDay(3) },
      { dueAt: endOfDay(8) },
      { dueAt: new Date(NOW.getTime() - 7 * DAY), status: "COMPLETED" },
    ]);
    expect(await ids(org, { due: "overdue" })).toEqual([lastWeek, anHourAgo].sort());
    // Closed requests are not overdue, even when "all" statuses are shown.
    expect(await ids(org, { due: "overdue", status: "all" })).toEqual([lastWeek, anHourAgo].sort());
    expect(await ids(org, { due: "overdue", status: "COMPLETED" })).toEqual([]);
    expect(await ids(org, { due: { withinDays: 0 } })).toEqual([tonight]);
    expect(await ids(org, { due: { withinDays: 3 } })).toEqual([tonight, inThreeDays].sort());
    expect(await ids(org, { due: { withinDays: 7 } })).toEqual([tonight, inThreeDays].sort());
    expect(await ids(org, { due: { withinDays: 8 } })).toEqual([tonight, inThreeDays, inEightDays].sort());
    expect(await ids(org, { status: "all" })).toContain(closedAndLate);
  });

  it("finds a request by its reference in any case, or by the exact email address", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const [first, second, third] = await addRequests(org, [
      { email: "aroha@example.nz" },
      { email: "aroha@example.nz", status: "COMPLETED" },
      { email: "aroha.ngata@example.nz" },
    ]);
    const rows = (await listQueue(org.id, filters({ status: "all" }), { now: NOW, userId: crypto.randomUUID() })).rows;
    const reference = rows.find((r) => r.id === second)!.reference!;

    expect(await ids(org, { q: reference.toLowerCase(), status: "all" })).toEqual([second]);
    expect(await ids(org, { q: ` ${reference} ` })).toEqual([]); // closed: not among the open ones
    expect(await ids(org, { q: "Aroha@Example.NZ", status: "all" })).toEqual([first, second].sort());
    expect(await ids(org, { q: "aroha.ngata@example.nz" })).toEqual([third]);
    // Not a partial match: part of an address or a reference finds nothing, and says why.
    const partial = await listQueue(org.id, filters({ q: "aroha" }), { now: NOW, userId: crypto.randomUUID() });
    expect(partial).toMatchObject({ rows: [], isSearchUnrecognized: true });
    expect(await ids(org, { q: "example.nz" })).toEqual([]);
    expect(await ids(org, { q: "nobody@example.nz" })).toEqual([]);
  });

  it("walks every row exactly once, in due order, page by page, forward and back", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    // 130 open requests over three statuses, many sharing a due date (ties are broken by id), a few
    // without a due date, and closed ones that must not appear.
    const statuses: RequestStatus[] = ["NEW", "IN_PROGRESS", "AWAITING_SUBJECT"];
    const seeds: Seed[] = Array.from({ length: 130 }, (_, i) => ({
      status: statuses[i % 3],
      dueAt: i % 29 === 0 ? null : endOfDay((i * 7) % 11),
    }));
    await addRequests(org, seeds);
    await addRequests(org, [{ status: "COMPLETED", dueAt: endOfDay(1) }, { status: "PENDING_VERIFICATION" }]);

    const expected = await db.privacyRequest.findMany({
      where: { organizationId: org.id, status: { in: statuses } },
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      select: { id: true },
    });
    expect(expected).toHaveLength(130);

    const pages = await walkForward(org);
    expect(pages.map((p) => p.rows.length)).toEqual([QUEUE_PAGE_SIZE, QUEUE_PAGE_SIZE, 30]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(expected.map((r) => r.id));
    expect(pages[0]!.previousCursor).toBeNull();
    expect(pages.at(-1)!.nextCursor).toBeNull();

    // Back from the last page, one page at a time, to the same pages.
    let before = pages.at(-1)!.previousCursor;
    for (const page of pages.slice(0, -1).reverse()) {
      const back = await listQueue(org.id, filters({ before }), { now: NOW, userId: crypto.randomUUID() });
      expect(back.rows.map((r) => r.id)).toEqual(page.rows.map((r) => r.id));
      before = back.previousCursor;
    }
    expect(before, "the first page has no previous page").toBeNull();
  });

  it("puts requests without a due date last, and pages into and out of them", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const dated = await addRequests(org, Array.from({ length: 40 }, (_, i) => ({ dueAt: endOfDay(i % 7) })));
    const undated = await addRequests(org, Array.from({ length: 30 }, () => ({ dueAt: null })));

    const pages = await walkForward(org);
    expect(pages.map((p) => p.rows.length)).toEqual([50, 20]);
    const seen = pages.flatMap((p) => p.rows.map((r) => r.id));
    expect(seen.slice(0, 40).sort()).toEqual([...dated].sort());
    expect(seen.slice(40)).toEqual([...undated].sort());

    // Back from the second page, which starts among the undated ones.
    const back = await listQueue(org.id, filters({ before: pages[1]!.previousCursor }), { now: NOW, userId: crypto.randomUUID() });
    expect(back.rows.map((r) => r.id)).toEqual(pages[0]!.rows.map((r) => r.id));
    expect(back.previousCursor).toBeNull();
    expect(back.nextCursor).toBe(pages[0]!.nextCursor);
  });

  it("sorts by date received, newest first, and pages through that order too", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const sameDay = new Date(NOW.getTime() - 2 * DAY);
    await addRequests(
      org,
      Array.from({ length: 75 }, (_, i) => ({
        status: i % 2 ? "NEW" : "IN_PROGRESS",
        receivedAt: i % 5 === 0 ? sameDay : new Date(NOW.getTime() - i * 3_600_000),
      })),
    );
    const expected = await db.privacyRequest.findMany({
      where: { organizationId: org.id },
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    const pages = await walkForward(org, { sort: "received" });
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(expected.map((r) => r.id));
  });

  it("treats a cursor it did not write as the first page", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const created = await addRequests(org, [{}, {}]);
    expect(await ids(org, { after: "bm90LWEtY3Vyc29y" })).toEqual(created.sort());
    expect(await ids(org, { before: "garbage" })).toEqual(created.sort());
  });
});

describe("countOpenByQueue and listMemberOrganizations", () => {
  it("count the open requests of each queue, for each organization of a member", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const other = await createTestOrganization(db);
    await addRequests(org, [
      { status: "NEW" },
      { status: "IN_PROGRESS" },
      { status: "AWAITING_SUBJECT", queue: "PROCESSOR" },
      { status: "COMPLETED" },
      { status: "DENIED", queue: "PROCESSOR" },
      { status: "PENDING_VERIFICATION" },
    ]);
    await addRequests(other, [{ queue: "PROCESSOR" }]);
    expect(await countOpenByQueue(org.id)).toEqual({ CONTROLLER: 2, PROCESSOR: 1 });

    const member = await addMember(org, "Hemi");
    await db.membership.create({ data: { organizationId: other.id, userId: member.id, role: "VIEWER" } });
    const outsider = await addMember(await createTestOrganization(db), "Kiri");
    const listed = await listMemberOrganizations(member.id, { now: NOW });
    expect(listed.map((o) => [o.slug, o.role, o.open]).sort()).toEqual(
      [
        [org.slug, "OFFICER", { CONTROLLER: 2, PROCESSOR: 1 }],
        [other.slug, "VIEWER", { CONTROLLER: 0, PROCESSOR: 1 }],
      ].sort(),
    );
    expect((await listMemberOrganizations(outsider.id, { now: NOW })).map((o) => o.slug)).not.toContain(org.slug);
    expect((await listMemberOrganizations(member.id, { countOpen: false })).every((o) => o.open === null)).toBe(true);
  });
});

describe("listMemberOrganizations due counts", () => {
  it("count overdue and due-within-7-days open requests per queue, by each organization's own midnight", async () => {
    const db = await getDb();
    const auckland = await createTestOrganization(db);
    const losAngeles = await createTestOrganization(db, { timeZone: "America/Los_Angeles" });
    const stranger = await createTestOrganization(db);
    await addRequests(auckland, [
      { dueAt: new Date(NOW.getTime() - 1) }, // overdue by a millisecond
      { dueAt: endOfDay(-3), status: "AWAITING_SUBJECT" }, // overdue
      { dueAt: endOfDay(-3), status: "COMPLETED" }, // closed: neither
      { dueAt: endOfDay(0) }, // tonight: due soon
      { dueAt: endOfDay(7) }, // the 7th day's last millisecond: due soon
      { dueAt: new Date(endOfDay(7).getTime() + 1) }, // the 8th day: open only
      { dueAt: endOfDay(2), queue: "PROCESSOR" }, // due soon, processor queue
      { dueAt: endOfDay(-1), queue: "PROCESSOR", status: "IN_PROGRESS" }, // overdue, processor queue
    ]);
    // NOW is 15:00 on Tue 9 June in Los Angeles (PDT, -7): the 7th day from today ends 16 June 23:59:59.999 PDT,
    // 17 June 06:59:59.999Z; Auckland's 7th day ends later (17 June 11:59:59.999Z).
    await addRequests(losAngeles, [
      { dueAt: new Date("2026-06-17T06:00:00Z") }, // 16 June 23:00 PDT: due soon
      { dueAt: new Date("2026-06-17T08:00:00Z") }, // 17 June 01:00 PDT: open only
    ]);
    await addRequests(stranger, [{ dueAt: endOfDay(-5) }]);

    const member = await addMember(auckland, "Rangi");
    await db.membership.create({ data: { organizationId: losAngeles.id, userId: member.id, role: "VIEWER" } });
    const listed = await listMemberOrganizations(member.id, { now: NOW });
    expect(listed.map((o) => [o.slug, o.open, o.due]).sort()).toEqual(
      [
        [
          auckland.slug,
          { CONTROLLER: 5, PROCESSOR: 2 },
          { CONTROLLER: { overdue: 2, dueSoon: 2 }, PROCESSOR: { overdue: 1, dueSoon: 1 } },
        ],
        [losAngeles.slug, { CONTROLLER: 2, PROCESSOR: 0 }, { CONTROLLER: { overdue: 0, dueSoon: 1 }, PROCESSOR: { overdue: 0, dueSoon: 0 } }],
      ].sort(),
    );
    // The queue's own "due within 7 days" filter lists the same Auckland requests.
    expect(await ids(auckland, { due: { withinDays: 7 } })).toHaveLength(2);
    expect(await ids(auckland, { due: "overdue" })).toHaveLength(2);
  });
});

describe("revealing a subject", () => {
  it("is recorded, and shows the subject to that member only, until the organization's day ends", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const member = await addMember(org, "Ana");
    const colleague = await addMember(org, "Rawiri");
    const [request, untouched] = await addRequests(org, [{}, {}]);
    const actor = { userId: member.id, email: member.email, ip: "10.1.2.3" };

    const now = new Date();
    const lookup = (userId: string, at: Date, role: "OFFICER" | "VIEWER" = "OFFICER") =>
      findRevealedRequestIds({ organization: org, reader: { userId, role }, requestIds: [request!, untouched!], now: at });
    expect([...(await lookup(member.id, now))]).toEqual([]);

    expect(await revealSubject({ organizationId: org.id, requestId: request!, role: "OFFICER", actor, now })).toMatchObject({ ok: true });
    const audit = await db.auditEvent.findMany({ where: { organizationId: org.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "subject.revealed",
      targetType: "PrivacyRequest",
      targetId: request,
      actorUserId: member.id,
      actorEmail: member.email,
      ip: "10.1.2.3",
    });

    expect([...(await lookup(member.id, new Date()))]).toEqual([request]);
    expect([...(await lookup(colleague.id, new Date()))]).toEqual([]);
    // A member made a viewer since sees nothing revealed, even what they revealed before.
    expect([...(await lookup(member.id, new Date(), "VIEWER"))]).toEqual([]);
    const tomorrow = new Date(now.getTime() + 25 * 60 * 60_000);
    expect([...(await lookup(member.id, tomorrow))]).toEqual([]);
  });

  it("does not reveal, nor record, a request of another organization or an unverified one", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const other = await createTestOrganization(db);
    const member = await addMember(org, "Ana");
    const [theirs] = await addRequests(other, [{}]);
    const [unverified] = await addRequests(org, [{ status: "PENDING_VERIFICATION" }]);
    const actor = { userId: member.id, email: member.email, ip: "10.1.2.3" };
    const now = new Date();

    expect(await revealSubject({ organizationId: org.id, requestId: theirs!, role: "OFFICER", actor, now })).toEqual({ ok: false, reason: "not_found" });
    expect(await revealSubject({ organizationId: org.id, requestId: unverified!, role: "OFFICER", actor, now })).toEqual({ ok: false, reason: "not_found" });
    expect(await revealSubject({ organizationId: org.id, requestId: "not-a-uuid", role: "OFFICER", actor, now })).toEqual({ ok: false, reason: "not_found" });
    expect(await db.auditEvent.count({ where: { actorUserId: member.id } })).toBe(0);
  });
});
