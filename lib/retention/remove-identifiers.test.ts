// Retention against a real database: exactly the requests whose period has ended lose their identifiers,
// everything that identified the subject goes, the anonymised log and the audit trail stay, and a second
// run changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type PrismaClient } from "@/lib/db/client";
import { dispatchOutbox } from "@/lib/email/dispatch-outbox";
import { completeRequest } from "@/lib/requests/complete-request";
import { getRequestStatus } from "@/lib/requests/get-request-status";
import { getStaffRequest } from "@/lib/requests/get-staff-request";
import { replyToSubject } from "@/lib/requests/reply-to-subject";
import type { StaffContext } from "@/lib/requests/run-staff-action";
import { createStaff, createVerifiedRequest, pdfBytes, type FiledRequest } from "@/lib/requests/test-fixtures";
import { useOwnDatabase } from "@/lib/testing/own-database";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { REDACTED_MESSAGE, REMOVED_NAME, removedEmail, removeExpiredIdentifiers } from "./remove-identifiers";

useOwnDatabase(); // the run sweeps every organization's closed requests

let db: PrismaClient;
let org: TestOrganization;
let strict: TestOrganization;
let officer: StaffContext;
let strictOfficer: StaffContext;

beforeAll(async () => {
  db = await getDb();
  org = await createTestOrganization(db); // 24 months by default
  strict = await createTestOrganization(db, { retentionMonths: 6 });
  officer = await createStaff(db, org);
  strictOfficer = await createStaff(db, strict);
});

async function closedOn(target: TestOrganization, staff: StaffContext, closedAt: Date): Promise<FiledRequest> {
  const filed = await createVerifiedRequest(db, target, { now: new Date(closedAt.getTime() - 20 * 86_400_000) });
  await replyToSubject({ context: staff, requestId: filed.id, input: { message: "Dear Aroha, we are on it." }, now: new Date(closedAt.getTime() - 86_400_000) });
  const done = await completeRequest({
    context: staff,
    requestId: filed.id,
    input: { outcome: "FULFILLED", message: "Here is your data, Aroha.", files: [{ name: "aroha.pdf", bytes: pdfBytes() }] },
    now: closedAt,
  });
  expect(done.ok).toBe(true);
  return filed;
}

describe("removeExpiredIdentifiers", () => {
  it("removes the identifiers of exactly the requests whose retention period has ended, once", async () => {
    const expired = await closedOn(org, officer, new Date("2027-02-01T10:00:00Z")); // 24 months → 1 Feb 2029 10:00
    const notYet = await closedOn(org, officer, new Date("2027-02-03T10:00:00Z"));
    const expiredStrict = await closedOn(strict, strictOfficer, new Date("2028-07-01T10:00:00Z")); // 6 months → 1 Jan 2029
    const open = await createVerifiedRequest(db, org, { now: new Date("2027-01-01T10:00:00Z") });
    const now = new Date("2029-02-02T00:00:00Z");
    // The emails to the subjects went out long ago (to the development mailbox: no SMTP server in this test).
    while ((await dispatchOutbox({ now, limit: 100 })).claimed > 0);

    expect(await removeExpiredIdentifiers({ now })).toEqual({ removed: 2 });

    const gone = await db.privacyRequest.findUniqueOrThrow({ where: { id: expired.id } });
    expect(gone).toMatchObject({
      subjectName: REMOVED_NAME,
      subjectEmail: removedEmail(expired.id),
      details: null,
      correctionWrong: null,
      correctionRight: null,
      identifiersRemovedAt: now,
      // The anonymised log stays.
      reference: expired.reference,
      status: "COMPLETED",
      outcome: "FULFILLED",
      type: "ACCESS",
    });
    expect(await getStaffRequest({ context: officer, requestId: expired.id })).toMatchObject({ identifiersRemovedAt: now, subjectName: REMOVED_NAME, files: [] });
    expect(await db.requestFile.count({ where: { requestId: expired.id } })).toBe(0);
    expect(await db.requestToken.count({ where: { requestId: expired.id } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { toAddress: expired.subjectEmail } })).toBe(0);
    const events = await db.requestEvent.findMany({ where: { requestId: expired.id }, orderBy: { createdAt: "asc" } });
    expect(events.length).toBeGreaterThan(3);
    for (const event of events.slice(0, -1)) expect(event).toMatchObject({ message: REDACTED_MESSAGE, data: null });
    expect(events.at(-1)).toMatchObject({ kind: "request.identifiers_removed", actor: "SYSTEM", message: "The subject's identifiers were removed 24 months after the request was closed." });
    expect(JSON.stringify(events)).not.toContain("Aroha");
    expect(await getRequestStatus({ orgSlug: org.slug, token: expired.statusToken, now })).toEqual({ found: false, reason: "unknown" });
    // The audit trail stays, and says what happened.
    expect(await db.auditEvent.count({ where: { targetId: expired.id, action: "request.complete" } })).toBe(1);
    expect(await db.auditEvent.findFirstOrThrow({ where: { targetId: expired.id, action: "request.identifiers_removed" } })).toMatchObject({ actorUserId: null, ip: "system" });

    expect((await db.privacyRequest.findUniqueOrThrow({ where: { id: expiredStrict.id } })).subjectName).toBe(REMOVED_NAME);
    for (const kept of [notYet, open]) {
      const request = await db.privacyRequest.findUniqueOrThrow({ where: { id: kept.id } });
      expect(request).toMatchObject({ subjectEmail: kept.subjectEmail, identifiersRemovedAt: null });
    }
    expect(await db.requestFile.count({ where: { requestId: notYet.id } })).toBe(1);

    // A second run, and one later, do nothing more to it.
    expect(await removeExpiredIdentifiers({ now })).toEqual({ removed: 0 });
    expect(await removeExpiredIdentifiers({ now: new Date("2029-02-04T00:00:00Z") })).toEqual({ removed: 1 }); // notYet's turn
    expect((await db.privacyRequest.findUniqueOrThrow({ where: { id: expired.id } })).identifiersRemovedAt).toEqual(now);
    expect(await db.requestEvent.count({ where: { requestId: expired.id, kind: "request.identifiers_removed" } })).toBe(1);
  });

  it("leaves history append-only for everything but the redaction itself", async () => {
    const filed = await createVerifiedRequest(db, org);
    const event = await db.requestEvent.findFirstOrThrow({ where: { requestId: filed.id } });
    await expect(db.requestEvent.update({ where: { id: event.id }, data: { message: "rewritten history" } })).rejects.toThrow(/append-only/);
    await expect(db.requestEvent.update({ where: { id: event.id }, data: { message: REDACTED_MESSAGE, kind: "request.other", data: null } as never })).rejects.toThrow(/append-only/);
  });
});
