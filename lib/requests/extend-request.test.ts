// Extending a request's deadline, against a real database: the new due date (worked out by hand from the
// regime's rule), what the subject reads and receives, the audit record, the staff reminders that follow
// the new date, and what is refused (a second extension, over the maximum, too late, regimes without one).
// Viewers and other organizations' staff are refused in staff-actions.test.ts, with every other action.
// Also what the staff view says about a deadline beside the extension: holidays not excluded, acknowledge-by.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type PrismaClient } from "@/lib/db/client";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import type { ActionResult } from "./action-result";
import { extendRequest } from "./extend-request";
import { getRequestStatus } from "./get-request-status";
import { getStaffRequest } from "./get-staff-request";
import { requestInformation } from "./request-information";
import type { StaffContext } from "./run-staff-action";
import { createStaff, createVerifiedRequest, emailedToken, type FiledRequest } from "./test-fixtures";

let db: PrismaClient;
let gdpr: TestOrganization;
let gdprOfficer: StaffContext;

const REASON = "We hold your data in three systems, and one of them is run by a supplier who needs more time.";

beforeAll(async () => {
  db = await getDb();
  // Subjects of this organization (the fixtures file them from New Zealand) get its own regime, the GDPR.
  gdpr = await createTestOrganization(db, { regime: "GDPR", regimes: [], timeZone: "Europe/Berlin" });
  gdprOfficer = await createStaff(db, gdpr, "OFFICER", "Greta Officer");
});

function expectOk<T extends object>(result: ActionResult<T>): asserts result is { ok: true } & T {
  if (!result.ok) throw new Error(`Expected success, got ${result.code}: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
}

/**
 * A GDPR request verified at 11:00 on Sat 31 January 2026 in Berlin. One month: 31 February does not exist,
 * so it is due at the end of 28 February (CET, +1) = 2026-02-28T22:59:59.999Z.
 */
const VERIFIED = new Date("2026-01-31T10:00:00Z");
const DUE = new Date("2026-02-28T22:59:59.999Z");

async function gdprRequestOf31January(org = gdpr): Promise<FiledRequest> {
  const filed = await createVerifiedRequest(db, org);
  await db.privacyRequest.update({ where: { id: filed.id }, data: { receivedAt: VERIFIED, verifiedAt: VERIFIED, dueAt: DUE } });
  return filed;
}

/** Everything an extension changes: the request, its history, its audit trail, the subject's emails, the reminders. */
async function snapshot({ id, subjectEmail }: FiledRequest) {
  return {
    request: await db.privacyRequest.findUniqueOrThrow({ where: { id } }),
    events: await db.requestEvent.count({ where: { requestId: id } }),
    audit: await db.auditEvent.count({ where: { targetType: "PrivacyRequest", targetId: id } }),
    emails: await db.outboxEmail.count({ where: { toAddress: subjectEmail } }),
    reminders: await db.scheduledReminder.findMany({ where: { requestId: id }, orderBy: { key: "asc" } }),
  };
}

async function extensionEmailsTo(to: string) {
  return db.outboxEmail.findMany({ where: { toAddress: to, subject: { contains: "needs more time" } } });
}

describe("extending a GDPR request", () => {
  it("by 2 months moves the due date, tells the subject why by email and on the status page, and audits it", async () => {
    const filed = await gdprRequestOf31January();
    const at = new Date("2026-02-10T09:00:00Z");
    // As the form posts it: the months as text.
    expectOk(await extendRequest({ context: gdprOfficer, requestId: filed.id, input: { months: "2", reason: `  ${REASON}  ` }, now: at }));

    // 28 February + 2 months = 28 April, ending at midnight in Berlin (CEST, +2).
    const newDue = new Date("2026-04-28T21:59:59.999Z");
    expect(await db.privacyRequest.findUniqueOrThrow({ where: { id: filed.id } })).toMatchObject({
      dueAt: newDue,
      extendedAt: at,
      extensionMonths: 2,
      extensionDays: null,
      extensionReason: REASON,
    });

    const [email, ...more] = await extensionEmailsTo(filed.subjectEmail);
    expect(more).toEqual([]);
    expect(email!.subject).toBe(`${gdpr.name} needs more time for your request ${filed.reference}`);
    expect(email!.textBody).toContain(`by 2 months. They will now answer by 28 April 2026, instead of 28 February 2026.`);
    expect(email!.textBody).toContain(REASON);
    // Its status link works and shows the new date with the reason.
    const token = await emailedToken(db, filed.subjectEmail, "status");
    const status = await getRequestStatus({ orgSlug: gdpr.slug, token, now: at });
    if (!status.found) throw new Error("the emailed status link does not work");
    expect(status.request.dueAt).toEqual(newDue);
    expect(status.request.extension).toEqual({ at, reason: REASON });
    // (Its history is in time order, and this request was backdated: find the entry by its kind.)
    expect(status.request.history.find((h) => h.kind === "request.extended")?.message).toBe(
      `${gdpr.name} extended the time to answer your request by 2 months, to 28 April 2026. Their reason:\n${REASON}`,
    );

    // Staff see how the date was computed, when and why it was extended, and no second extension.
    const staff = await getStaffRequest({ context: gdprOfficer, requestId: filed.id });
    expect(staff?.deadline?.explanation).toMatch(/^Due 2026-04-28: one month after receipt .* The period was extended by 2 months on 2026-02-10\./);
    expect(staff?.deadline?.extension).toEqual({ at, by: "2 months", reason: REASON });
    expect(staff?.actions).not.toContain("extend");
    expect(staff?.extension).toEqual({ isAvailable: false, reason: "A request can be extended once; it was extended on 10 February 2026." });

    const audit = await db.auditEvent.findMany({ where: { targetType: "PrivacyRequest", targetId: filed.id } });
    expect(audit).toEqual([
      expect.objectContaining({
        action: "request.extend",
        actorEmail: gdprOfficer.user.email,
        before: { dueAt: "2026-02-28T22:59:59.999Z" },
        after: { dueAt: "2026-04-28T21:59:59.999Z", months: 2 },
        reason: REASON,
      }),
    ]);

    // Staff reminders follow the new date: the first is 7 days before it, from the start of 21 April in Berlin.
    const reminders = await db.scheduledReminder.findMany({ where: { requestId: filed.id, kind: "STAFF_DUE", handledAt: null } });
    expect(reminders.map((r) => [r.key.split("/")[0], r.fireAt])).toEqual([["2026-04-28", new Date("2026-04-20T22:00:00Z")]]);
  });

  it("is refused a second time, and the first extension stands", async () => {
    const filed = await gdprRequestOf31January();
    expectOk(await extendRequest({ context: gdprOfficer, requestId: filed.id, input: { months: 1, reason: REASON }, now: new Date("2026-02-10T09:00:00Z") }));
    const before = await snapshot(filed);
    const again = await extendRequest({ context: gdprOfficer, requestId: filed.id, input: { months: 1, reason: REASON }, now: new Date("2026-02-11T09:00:00Z") });
    expect(again).toEqual({ ok: false, code: "not_allowed", error: "A request can be extended once; it was extended on 10 February 2026." });
    expect(await snapshot(filed)).toEqual(before);
    expect(before.request.dueAt).toEqual(new Date("2026-03-28T22:59:59.999Z")); // 28 February + 1 month, CET
    expect(await extensionEmailsTo(filed.subjectEmail)).toHaveLength(1);
  });

  it("is refused after the current due date, with the engine's words, and nothing changes", async () => {
    const filed = await gdprRequestOf31January();
    const before = await snapshot(filed);
    const late = await extendRequest({ context: gdprOfficer, requestId: filed.id, input: { months: 1, reason: REASON }, now: new Date("2026-03-01T09:00:00Z") });
    expect(late).toEqual({ ok: false, code: "not_allowed", error: "An extension must be granted by the current due date, 2026-02-28." });
    expect(await snapshot(filed)).toEqual(before);
    expect(await extensionEmailsTo(filed.subjectEmail)).toEqual([]);
  });

  it("needs 1 or 2 months and a reason the subject can read", async () => {
    const filed = await gdprRequestOf31January();
    const before = await snapshot(filed);
    const at = new Date("2026-02-10T09:00:00Z");
    expect(await extendRequest({ context: gdprOfficer, requestId: filed.id, input: { months: "3", reason: "Busy." }, now: at })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { months: ["An extension can be at most 2."], reason: ["The reason must be at least 10 characters."] },
    });
    expect(await extendRequest({ context: gdprOfficer, requestId: filed.id, input: { reason: REASON }, now: at })).toMatchObject({
      ok: false,
      fieldErrors: { months: ["Choose how many months."] },
    });
    // Days are not how the GDPR extends: the field the form shows is months.
    expect(await extendRequest({ context: gdprOfficer, requestId: filed.id, input: { days: "30", reason: REASON }, now: at })).toMatchObject({
      ok: false,
      fieldErrors: { months: ["Choose how many months."] },
    });
    expect(await snapshot(filed)).toEqual(before);
  });
});

describe("extending by days", () => {
  it("over the organization's maximum is refused with the engine's message next to the days, and nothing changes", async () => {
    const org = await createTestOrganization(db, { regime: "DEFAULT", regimes: [], extensionMaxDays: 10, timeZone: "Europe/Berlin" });
    const officer = await createStaff(db, org);
    const filed = await gdprRequestOf31January(org); // DEFAULT: 31 January + 30 days = 2 March
    const before = await snapshot(filed);
    const result = await extendRequest({ context: officer, requestId: filed.id, input: { days: "11", reason: REASON }, now: new Date("2026-02-10T09:00:00Z") });
    expect(result).toEqual({
      ok: false,
      code: "invalid",
      error: "An extension can be at most 10 calendar days, not 11.",
      fieldErrors: { days: ["An extension can be at most 10 calendar days, not 11."] },
    });
    expect(await snapshot(filed)).toEqual(before);
    expect(await extensionEmailsTo(filed.subjectEmail)).toEqual([]);

    const staff = await getStaffRequest({ context: officer, requestId: filed.id });
    expect(staff?.extension).toEqual({ isAvailable: true, limit: { unit: "days", max: 10, unitWord: "calendar days", periodUnit: "calendarDay" } });
    expect(staff?.actions).toContain("extend");
  });
});

describe("regimes and organizations without an extension", () => {
  it.each([
    ["LGPD", { regime: "LGPD" as const }, "LGPD provides no extension of the response period."],
    ["an organization that gives none", { regime: "DEFAULT" as const, extensionMaxDays: 0 }, "The organization does not extend this period."],
  ])("%s: no action on the page, and the server refuses with the reason", async (_name, settings, reason) => {
    const org = await createTestOrganization(db, { ...settings, regimes: [] });
    const officer = await createStaff(db, org);
    const filed = await createVerifiedRequest(db, org);
    const staff = await getStaffRequest({ context: officer, requestId: filed.id });
    expect(staff?.actions).toContain("complete");
    expect(staff?.actions).not.toContain("extend");
    expect(staff?.extension).toEqual({ isAvailable: false, reason });

    const before = await snapshot(filed);
    const result = await extendRequest({ context: officer, requestId: filed.id, input: { days: 5, reason: REASON }, now: new Date() });
    expect(result).toEqual({ ok: false, code: "not_allowed", error: reason });
    expect(await snapshot(filed)).toEqual(before);
  });
});

describe("the subject's status page while the request waits on them", () => {
  it("asks them to answer by the day they were given", async () => {
    const filed = await createVerifiedRequest(db, gdpr);
    const at = new Date();
    expectOk(await requestInformation({ context: gdprOfficer, requestId: filed.id, input: { reason: "IDENTITY", question: "Which account did you use?" }, now: at }));
    const pause = await db.requestPause.findFirstOrThrow({ where: { requestId: filed.id } });
    const status = await getRequestStatus({ orgSlug: gdpr.slug, token: filed.statusToken, now: at });
    if (!status.found) throw new Error("status page not found");
    expect(pause.answerBy).not.toBeNull();
    expect(status.request.answerBy).toEqual(pause.answerBy);
    expect(status.request.extension).toBeNull();
  });
});

describe("the staff view of a deadline", () => {
  it("says when holidays beyond the shipped years were not excluded", async () => {
    // The test organization applies New Zealand's Act to NZ subjects: 20 working days from 10 December 2030
    // skip 25 December – 15 January and run into 2031, past the shipped NZ holidays.
    const org = await createTestOrganization(db);
    const officer = await createStaff(db, org);
    const filed = await createVerifiedRequest(db, org);
    const at = new Date("2030-12-09T22:00:00Z"); // 10 December 2030, 11:00 in Auckland
    await db.privacyRequest.update({ where: { id: filed.id }, data: { receivedAt: at, verifiedAt: at } });
    const staff = await getStaffRequest({ context: officer, requestId: filed.id });
    expect(staff?.deadline).toMatchObject({ regime: "New Zealand Privacy Act 2020", isBeyondHolidayData: true, acknowledgeBy: null });
    expect(staff?.deadline?.explanation).toMatch(/holidays on them were not excluded/);
  });

  it("gives a CCPA request its acknowledge-by day", async () => {
    const org = await createTestOrganization(db, { regime: "CCPA", regimes: [], timeZone: "America/Los_Angeles" });
    const officer = await createStaff(db, org);
    const filed = await createVerifiedRequest(db, org);
    // Received Mon 2 March 2026 at 09:00 in Los Angeles: 10 business days → Mon 16 March, the end of it (PDT, -7).
    const at = new Date("2026-03-02T17:00:00Z");
    await db.privacyRequest.update({ where: { id: filed.id }, data: { receivedAt: at, verifiedAt: at } });
    const staff = await getStaffRequest({ context: officer, requestId: filed.id });
    expect(staff?.deadline?.acknowledgeBy).toEqual(new Date("2026-03-17T06:59:59.999Z"));
    expect(staff?.deadline?.isBeyondHolidayData).toBe(false);
  });
});
