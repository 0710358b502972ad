// The one-time recompute of existing requests under the corrected deadline rules (issue 14), against a real
// database: a request whose date the old rule got wrong is moved, with a history entry naming the old date,
// the new one and the reason; one whose date was right is left alone; and a one-time job runs once however
// often (or however concurrently) the app starts.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type PrismaClient } from "@/lib/db/client";
import { runOneTimeJobs, type OneTimeJob } from "@/lib/db/one-time-jobs";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { EVENT } from "./events";
import { recomputeDeadlines } from "./recompute-deadlines";
import { createVerifiedRequest } from "./test-fixtures";

let db: PrismaClient;
let nz: TestOrganization;
const NOW = new Date("2026-03-20T00:00:00Z");
const REASON = "The deadline rules were corrected.";

beforeAll(async () => {
  db = await getDb();
  // The fixtures file requests from New Zealand; this organization applies the NZ law to them.
  nz = await createTestOrganization(db, { regime: "DEFAULT", regimes: ["NZ"], timeZone: "Pacific/Auckland" });
});

/** A request as the old engine stored it: received Mon 2 Mar 2026 in Auckland, verified `verifiedAt`, due `dueAt`. */
async function storedNzRequest(verifiedAt: Date, dueAt: Date) {
  const filed = await createVerifiedRequest(db, nz);
  await db.privacyRequest.update({
    where: { id: filed.id },
    data: { receivedAt: new Date("2026-03-01T22:00:00Z"), verifiedAt, dueAt, regime: "NZ", clockStart: "VERIFICATION" },
  });
  return filed.id;
}

const recompute = () => db.$transaction((tx) => recomputeDeadlines(tx, { now: NOW, reason: REASON, organizationId: nz.id }), { timeout: 60_000 });

describe("recomputing existing requests under the corrected rules", () => {
  it("moves an NZ request counted from verification to 20 working days after receipt, and records why; leaves a right date alone", async () => {
    // Old rule: verified Mon 16 Mar → 20 working days → Wed 15 Apr, end of day in Auckland (NZST +12).
    const wrong = await storedNzRequest(new Date("2026-03-15T22:00:00Z"), new Date("2026-04-15T11:59:59.999Z"));
    // Verified the day it arrived: the old date, Mon 30 Mar (NZDT +13), was already right.
    const right = await storedNzRequest(new Date("2026-03-01T22:00:00Z"), new Date("2026-03-30T10:59:59.999Z"));

    const summary = await recompute();
    expect(summary).toMatchObject({ moved: 1, failed: 0 });

    // s 44(1): 20 working days after Mon 2 Mar = Mon 30 Mar, end of that day in Auckland.
    const moved = await db.privacyRequest.findUniqueOrThrow({ where: { id: wrong } });
    expect(moved.dueAt?.toISOString()).toBe("2026-03-30T10:59:59.999Z");
    const events = await db.requestEvent.findMany({ where: { requestId: wrong, kind: EVENT.DEADLINE_RECOMPUTED } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor: "SYSTEM",
      visibleToSubject: false,
      data: { previousDueAt: "2026-04-15T11:59:59.999Z", dueAt: "2026-03-30T10:59:59.999Z", regime: "NZ", reason: REASON },
    });
    expect(events[0]!.message).toContain("2026-04-15 → 2026-03-30");
    expect(events[0]!.message).toContain("s 44(1)");

    const kept = await db.privacyRequest.findUniqueOrThrow({ where: { id: right } });
    expect(kept.dueAt?.toISOString()).toBe("2026-03-30T10:59:59.999Z");
    expect(await db.requestEvent.count({ where: { requestId: right, kind: EVENT.DEADLINE_RECOMPUTED } })).toBe(0);

    // A second pass finds nothing to move and writes nothing.
    expect(await recompute()).toMatchObject({ moved: 0 });
    expect(await db.requestEvent.count({ where: { requestId: wrong, kind: EVENT.DEADLINE_RECOMPUTED } })).toBe(1);
  });

  it("moves the staff reminder with the date", async () => {
    const id = await storedNzRequest(new Date("2026-03-15T22:00:00Z"), new Date("2026-04-15T11:59:59.999Z"));
    await recompute();
    const reminders = await db.scheduledReminder.findMany({ where: { requestId: id, kind: "STAFF_DUE", handledAt: null } });
    expect(reminders.length).toBeGreaterThan(0);
    for (const r of reminders) expect(r.key.startsWith("2026-03-30/")).toBe(true);
  });
});

describe("one-time jobs", () => {
  it("runs a job once, even when two starts race, and records it", async () => {
    let runs = 0;
    const job: OneTimeJob = { name: `test-${randomBytes(6).toString("hex")}`, run: async () => `run ${++runs}` };
    const [first, second] = await Promise.all([runOneTimeJobs(db, NOW, [job]), runOneTimeJobs(db, NOW, [job])]);
    expect(runs).toBe(1);
    expect([...first, ...second]).toEqual([`${job.name} (run 1)`]);
    expect(await runOneTimeJobs(db, NOW, [job])).toEqual([]);
    const recorded = await db.oneTimeJob.findUniqueOrThrow({ where: { name: job.name } });
    expect(recorded.summary).toBe("run 1");
  });

  it("leaves a failed job unrecorded, with its changes rolled back, so the next start runs it again", async () => {
    const org = await createTestOrganization(db);
    const name = `test-${randomBytes(6).toString("hex")}`;
    const failing: OneTimeJob = {
      name,
      run: async (tx) => {
        await tx.organization.update({ where: { id: org.id }, data: { name: "Changed by a failing job" } });
        throw new Error("boom");
      },
    };
    await expect(runOneTimeJobs(db, NOW, [failing])).rejects.toThrow("boom");
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).name).toBe(org.name);
    expect(await db.oneTimeJob.findUnique({ where: { name } })).toBeNull();
    expect(await runOneTimeJobs(db, NOW, [{ name, run: async () => "ok" }])).toEqual([`${name} (ok)`]);
  });
});
