// Reminders through a request's whole life, with the clock driven forward and every email read from a real
// SMTP server: who hears at which point, that nobody hears twice, that two sweepers at once still send each
// reminder once, and that an SMTP outage loses nothing and repeats nothing.
//
// The organization is in Europe/Oslo with the default 30-day clock and the default reminder points (7, 3, 1
// days before, the due day, daily while overdue). Requests confirmed on 1 Mar 2027 are due 31 Mar 2027, so
// the points fall on 24, 28, 30 and 31 Mar, then 1 Apr, 2 Apr… (Oslo moves to summer time on 28 Mar.)
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poolConfigFromUrl } from "@/lib/db/connection";
import { getDb, type PrismaClient } from "@/lib/db/client";
import type { Queue, Role } from "@/lib/db/generated/enums";
import { dispatchOutbox, retryDelayMs } from "@/lib/email/dispatch-outbox";
import { answerFromSubject } from "@/lib/requests/answer-from-subject";
import { assignRequest } from "@/lib/requests/assign-request";
import { completeRequest } from "@/lib/requests/complete-request";
import { requestInformation } from "@/lib/requests/request-information";
import type { StaffContext } from "@/lib/requests/run-staff-action";
import { createStaff, createVerifiedRequest, type FiledRequest } from "@/lib/requests/test-fixtures";
import { useOwnDatabase } from "@/lib/testing/own-database";
import { testDatabaseServerUrl } from "@/lib/testing/test-database";
import { startSmtpSink, type ReceivedEmail, type SmtpSink } from "@/lib/testing/smtp-sink";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { sweepReminders } from "./sweep-reminders";

useOwnDatabase();

let db: PrismaClient;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url; // read once, on first use, by lib/env
  db = await getDb();
});
afterAll(async () => {
  await sink?.close();
});

const CONFIRMED = new Date("2027-03-01T09:00:00Z");

async function osloOrganization(): Promise<TestOrganization> {
  return createTestOrganization(db, { timeZone: "Europe/Oslo", regime: "DEFAULT", regimes: [] });
}

async function member(org: TestOrganization, role: Role, name: string, queues?: Queue[]): Promise<StaffContext> {
  const staff = await createStaff(db, org, role, name);
  if (queues) await db.membership.updateMany({ where: { organizationId: org.id, userId: staff.user.id }, data: { queues } });
  return staff;
}

/** Sweeps until nothing is due, then delivers the outbox; returns the emails this delivered. */
async function sweepAndDeliver(now: Date, options: { limit?: number } = {}): Promise<ReceivedEmail[]> {
  const before = sink.messages().length;
  while ((await sweepReminders({ now, ...options })).claimed > 0);
  await deliver(now);
  return sink.messages().slice(before);
}

async function deliver(now: Date): Promise<void> {
  for (let i = 0; i < 50; i++) if ((await dispatchOutbox({ now, limit: 50 })).claimed === 0) return;
}

const digests = (emails: ReceivedEmail[]) => emails.filter((e) => /need(s)? attention/.test(e.subject));
const to = (emails: ReceivedEmail[], staff: StaffContext) => emails.filter((e) => e.to.includes(staff.user.email));

/** Each digest's recipient with the references it lists, for exact comparison. */
function digestMap(emails: ReceivedEmail[], filed: FiledRequest[]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const email of digests(emails)) {
    for (const address of email.to) {
      map[address] = [...(map[address] ?? []), ...filed.filter((f) => email.text.includes(f.reference)).map((f) => f.reference)].sort();
    }
  }
  return map;
}

describe("reminders through a request's life", () => {
  it("reach the right people at each point, once, and follow pauses, closures and moved due dates", async () => {
    const org = await osloOrganization();
    const alex = await member(org, "OFFICER", "Alex Officer");
    const bea = await member(org, "OFFICER", "Bea Controller-Queue", ["CONTROLLER"]);
    const pia = await member(org, "OFFICER", "Pia Processor-Queue", ["PROCESSOR"]);
    const ada = await member(org, "ADMIN", "Ada Admin");
    const oscar = await member(org, "OWNER", "Oscar Owner");
    const vera = await member(org, "VIEWER", "Vera Viewer");
    const unassigned = await createVerifiedRequest(db, org, { now: CONFIRMED });
    const assigned = await createVerifiedRequest(db, org, { now: CONFIRMED });
    await assignRequest({ context: alex, requestId: assigned.id, input: { assigneeId: alex.user.id }, now: CONFIRMED });
    const both = [unassigned, assigned];
    const dueAt = (await db.privacyRequest.findUniqueOrThrow({ where: { id: unassigned.id } })).dueAt;
    expect(dueAt).toEqual(new Date("2027-03-31T21:59:59.999Z")); // end of 31 Mar in Oslo (summer time, UTC+2)
    await deliver(CONFIRMED); // the subjects' confirmation emails

    // 23 Mar: no point reached yet.
    expect(await sweepAndDeliver(new Date("2027-03-23T12:00:00Z"))).toEqual([]);

    // 24 Mar, half past midnight in Oslo: 7 days before. The assignee hears of their request, and every officer of
    // the controller queue of the unassigned one, in one digest each. Not the processor-queue officer, the
    // admin, the owner or the viewer.
    const day7 = await sweepAndDeliver(new Date("2027-03-24T00:30:00+01:00"));
    expect(digestMap(day7, both)).toEqual({
      [alex.user.email]: [unassigned.reference, assigned.reference].sort(),
      [bea.user.email]: [unassigned.reference],
    });
    expect(day7).toHaveLength(2);
    const alexDay7 = to(day7, alex)[0]!;
    expect(alexDay7.subject).toBe("2 privacy requests need attention");
    expect(alexDay7.text).toContain("due in 7 days (31 March 2027)");
    expect(alexDay7.text).toContain("assigned to you");
    expect(alexDay7.text).toContain(`/dashboard/${org.slug}/requests/${assigned.id}`);
    expect(to(day7, bea)[0]!.text).toContain("unassigned, controller queue");

    // The same day again, and later that day: nothing more.
    expect(await sweepAndDeliver(new Date("2027-03-24T00:30:00+01:00"))).toEqual([]);
    expect(await sweepAndDeliver(new Date("2027-03-24T18:00:00+01:00"))).toEqual([]);

    // No worker ran on 28 and 30 Mar. On the due day only the point that is true now is sent, once.
    const dueDay = await sweepAndDeliver(new Date("2027-03-31T08:00:00+02:00"));
    expect(digestMap(dueDay, both)).toEqual({
      [alex.user.email]: [unassigned.reference, assigned.reference].sort(),
      [bea.user.email]: [unassigned.reference],
    });
    expect(to(dueDay, alex)[0]!.text).toContain("due today");
    expect(to(dueDay, alex)[0]!.subject).not.toContain("overdue");

    // 1 Apr: overdue. The owners and admins hear too, each in one digest.
    const overdue = await sweepAndDeliver(new Date("2027-04-01T07:00:00+02:00"));
    expect(digestMap(overdue, both)).toEqual({
      [alex.user.email]: [unassigned.reference, assigned.reference].sort(),
      [bea.user.email]: [unassigned.reference],
      [ada.user.email]: [unassigned.reference, assigned.reference].sort(),
      [oscar.user.email]: [unassigned.reference, assigned.reference].sort(),
    });
    expect(to(overdue, ada)[0]!.subject).toBe("2 privacy requests need attention (2 overdue)");
    expect(to(overdue, ada)[0]!.text).toContain("1 day overdue");
    for (const nobody of [pia, vera]) expect(to([...day7, ...dueDay, ...overdue], nobody)).toEqual([]);

    // The assigned request is completed; the other one waits on its subject (answer by 15 Apr).
    const later = new Date("2027-04-01T10:00:00+02:00");
    expect(await completeRequest({ context: alex, requestId: assigned.id, input: { outcome: "NO_DATA_FOUND", message: "We hold no data about you." }, now: later }))
      .toMatchObject({ ok: true });
    expect(await requestInformation({ context: bea, requestId: unassigned.id, input: { reason: "IDENTITY", question: "Which shop did you order from?" }, now: later }))
      .toMatchObject({ ok: true });
    const asked = await db.requestPause.findFirstOrThrow({ where: { requestId: unassigned.id } });
    expect(asked.answerBy).toEqual(new Date("2027-04-15T21:59:59.999Z"));
    await deliver(later);

    // While the request waits on its subject, its clock is stopped and staff are not reminded; the closed one is done.
    expect(await sweepAndDeliver(new Date("2027-04-02T07:00:00+02:00"))).toEqual([]);
    expect(await sweepAndDeliver(new Date("2027-04-11T07:00:00+02:00"))).toEqual([]);

    // 12 Apr, 3 days before the answer-by day: the subject is reminded, with the question and the date.
    const nudge = await sweepAndDeliver(new Date("2027-04-12T08:00:00+02:00"));
    expect(nudge.map((e) => e.to)).toEqual([[unassigned.subjectEmail]]);
    expect(nudge[0]!.subject).toContain(`is waiting for your answer (${unassigned.reference})`);
    expect(nudge[0]!.text).toContain("Which shop did you order from?");
    expect(nudge[0]!.text).toContain("Please answer by 15 April 2027");
    expect(nudge[0]!.text).toMatch(/\/status\/[A-Za-z0-9_-]{43}/);

    // 16 Apr: no answer came. The officers of the queue are told (it is not overdue: its clock is stopped).
    const silent = await sweepAndDeliver(new Date("2027-04-16T08:00:00+02:00"));
    expect(digestMap(silent, both)).toEqual({ [alex.user.email]: [unassigned.reference], [bea.user.email]: [unassigned.reference] });
    expect(to(silent, bea)[0]!.text).toContain("the subject has not answered the question of 1 April 2027; the answer was due by 15 April 2027");

    // 17 Apr: the subject answers. Paused from 1 Apr to 17 Apr moves the due date 16 days, to 16 Apr: one day
    // overdue, so the escalation starts again for the new date.
    const answered = new Date("2027-04-17T10:00:00+02:00");
    expect(await answerFromSubject({ orgSlug: org.slug, token: unassigned.statusToken, input: { answer: "Kiwi Shoes" }, ip: "203.0.113.9", now: answered }))
      .toEqual({ ok: true });
    expect((await db.privacyRequest.findUniqueOrThrow({ where: { id: unassigned.id } })).dueAt).toEqual(new Date("2027-04-16T21:59:59.999Z"));
    const resumed = await sweepAndDeliver(new Date("2027-04-17T10:05:00+02:00"));
    expect(digestMap(resumed, both)).toEqual({
      [alex.user.email]: [unassigned.reference],
      [bea.user.email]: [unassigned.reference],
      [ada.user.email]: [unassigned.reference],
      [oscar.user.email]: [unassigned.reference],
    });
    expect(to(resumed, bea).find((e) => /attention/.test(e.subject))!.text).toContain("1 day overdue (16 April 2027)");

    // The record of what was sent: one row per point, each handled once.
    const rows = await db.scheduledReminder.findMany({ where: { requestId: unassigned.id, handledAt: { not: null } }, orderBy: { fireAt: "asc" } });
    expect(rows.map((r) => `${r.kind} ${r.key} ${r.outcome}`)).toEqual([
      "STAFF_DUE 2027-03-31/7-days-before SENT",
      "STAFF_DUE 2027-03-31/due-day SENT",
      "STAFF_DUE 2027-03-31/overdue-1 SENT",
      "SUBJECT_REPLY 2027-04-15/reply-reminder SENT",
      "STAFF_NO_REPLY 2027-04-15/no-reply SENT",
      "STAFF_DUE 2027-04-16/overdue-1 SENT",
    ]);
  });
});

describe("several workers", () => {
  it("send each reminder once when two sweep the same database at the same moment", async () => {
    const org = await osloOrganization();
    const officer = await member(org, "OFFICER", "Olga Officer");
    const filed: FiledRequest[] = [];
    for (let i = 0; i < 24; i++) filed.push(await createVerifiedRequest(db, org, { now: CONFIRMED }));
    await deliver(CONFIRMED);

    // Small batches, so the two sweepers interleave many transactions over the same rows.
    const now = new Date("2027-03-24T09:00:00+01:00");
    const before = sink.messages().length;
    const sweepAll = async () => {
      while ((await sweepReminders({ now, limit: 5 })).claimed > 0);
    };
    await Promise.all([sweepAll(), sweepAll()]);
    await deliver(now);
    const mine = to(sink.messages().slice(before), officer);

    const listed = mine.flatMap((email) => filed.filter((f) => email.text.includes(f.reference)).map((f) => f.reference));
    expect(listed.sort()).toEqual(filed.map((f) => f.reference).sort());
    expect(await db.scheduledReminder.count({ where: { organizationId: org.id, key: "2027-03-31/7-days-before", outcome: "SENT" } })).toBe(24);
  });
});

describe("a worker that dies mid-sweep", () => {
  // Needs a second real connection holding the rows, which only a PostgreSQL server gives (CI runs it).
  it.skipIf(!testDatabaseServerUrl())("sends nothing itself, holds nobody up, and leaves its reminders to the next sweep", async () => {
    const org = await osloOrganization();
    const officer = await member(org, "OFFICER", "Dora Officer");
    const filed = await createVerifiedRequest(db, org, { now: CONFIRMED });
    await deliver(CONFIRMED);
    const now = new Date("2027-03-24T09:00:00+01:00");

    // The dying worker claimed this organization's due reminder the way a sweep does, then its process died.
    const dying = new pg.Client(poolConfigFromUrl(process.env.DATABASE_URL!));
    await dying.connect();
    await dying.query("BEGIN");
    const held = await dying.query(
      `SELECT id FROM "ScheduledReminder" WHERE "organizationId" = $1 AND "handledAt" IS NULL AND "fireAt" <= $2 FOR UPDATE SKIP LOCKED`,
      [org.id, now],
    );
    expect(held.rowCount).toBe(1);
    // Meanwhile another worker sweeps: it skips the held row instead of waiting on it.
    expect(to(await sweepAndDeliver(now), officer)).toEqual([]);
    await dying.end(); // the connection drops: its transaction rolls back, nothing was sent

    const after = await sweepAndDeliver(new Date(now.getTime() + 60_000));
    expect(to(after, officer).map((e) => e.text.includes(filed.reference))).toEqual([true]);
    expect(to(await sweepAndDeliver(new Date(now.getTime() + 120_000)), officer)).toEqual([]);
  });
});

describe("an SMTP outage", () => {
  it("loses no reminder and repeats none", async () => {
    const org = await osloOrganization();
    const officer = await member(org, "OFFICER", "Otis Officer");
    const filed = await createVerifiedRequest(db, org, { now: CONFIRMED });
    await deliver(CONFIRMED);

    const port = sink.port;
    await sink.close();
    const t0 = new Date("2027-03-24T09:00:00+01:00");
    while ((await sweepReminders({ now: t0 })).claimed > 0);
    await deliver(t0); // fails: the server is down
    const pending = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: officer.user.email } });
    expect(pending).toMatchObject({ status: "PENDING", attempts: 1 });

    // Sweeping again while the email waits writes no second one.
    while ((await sweepReminders({ now: new Date(t0.getTime() + 60_000) })).claimed > 0);
    expect(await db.outboxEmail.count({ where: { toAddress: officer.user.email } })).toBe(1);

    sink = await startSmtpSink({ port });
    const back = new Date(t0.getTime() + retryDelayMs(1));
    await deliver(back);
    await deliver(new Date(back.getTime() + 3_600_000));
    const received = to(sink.messages(), officer);
    expect(received).toHaveLength(1);
    expect(received[0]!.text).toContain(filed.reference);
    expect(await db.outboxEmail.findFirstOrThrow({ where: { toAddress: officer.user.email } })).toMatchObject({ status: "SENT", attempts: 2 });
  });
});
