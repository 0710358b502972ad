// Every staff action on a request, against a real database: what it changes, what the subject sees
// and receives, what the audit trail says, and what it refuses (other organizations, viewers, and
// transitions the state machine does not allow).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type PrismaClient } from "@/lib/db/client";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import type { ActionResult } from "./action-result";
import { addNote } from "./add-note";
import { assignRequest } from "./assign-request";
import { completeRequest } from "./complete-request";
import { denyRequest } from "./deny-request";
import { extendRequest } from "./extend-request";
import { forwardRequest } from "./forward-request";
import { getRequestStatus } from "./get-request-status";
import { getStaffRequest } from "./get-staff-request";
import { markDuplicate } from "./mark-duplicate";
import { revealSubject } from "./queue/reveal-subject";
import { replyToSubject } from "./reply-to-subject";
import { requestInformation } from "./request-information";
import { resumeRequest } from "./resume-request";
import type { StaffContext } from "./run-staff-action";
import { startRequest } from "./start-request";
import { createStaff, createUnverifiedRequest, createVerifiedRequest, emailedToken, pdfBytes, type FiledRequest } from "./test-fixtures";
import { withdrawRequest } from "./withdraw-request";

let db: PrismaClient;
let org: TestOrganization;
let other: TestOrganization;
let officer: StaffContext;
let colleague: StaffContext;
let viewer: StaffContext;
let outsider: StaffContext;

beforeAll(async () => {
  db = await getDb();
  org = await createTestOrganization(db);
  other = await createTestOrganization(db);
  officer = await createStaff(db, org, "OFFICER", "Olivia Officer");
  colleague = await createStaff(db, org, "ADMIN", "Ari Admin");
  viewer = await createStaff(db, org, "VIEWER", "Vic Viewer");
  outsider = await createStaff(db, other, "OWNER", "Otto Outsider");
});

const now = () => new Date();

async function requestRow(id: string) {
  return db.privacyRequest.findUniqueOrThrow({ where: { id } });
}

async function auditOf(id: string) {
  return db.auditEvent.findMany({ where: { targetType: "PrivacyRequest", targetId: id }, orderBy: { createdAt: "asc" } });
}

async function subjectHistory(filed: FiledRequest) {
  const status = await getRequestStatus({ orgSlug: org.slug, token: filed.statusToken, now: new Date() });
  if (!status.found) throw new Error("status page not found");
  return status.request;
}

function expectOk<T extends object>(result: ActionResult<T>): asserts result is { ok: true } & T {
  if (!result.ok) throw new Error(`Expected success, got ${result.code}: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
}

/** Each action with input that would succeed on an open request of the right kind. */
type Case = {
  name: string;
  processor?: boolean;
  run: (context: StaffContext, requestId: string) => Promise<ActionResult>;
};

const CASES: Case[] = [
  { name: "assign", run: (context, requestId) => assignRequest({ context, requestId, input: { assigneeId: context.user.id }, now: now() }) },
  { name: "note", run: (context, requestId) => addNote({ context, requestId, input: { note: "Checked the CRM." }, now: now() }) },
  { name: "reply", run: (context, requestId) => replyToSubject({ context, requestId, input: { message: "We are on it." }, now: now() }) },
  { name: "start", run: (context, requestId) => startRequest({ context, requestId, input: {}, now: now() }) },
  {
    name: "requestInfo",
    run: (context, requestId) => requestInformation({ context, requestId, input: { reason: "IDENTITY", question: "Which account?" }, now: now() }),
  },
  {
    name: "complete",
    run: (context, requestId) =>
      completeRequest({
        context,
        requestId,
        input: { outcome: "FULFILLED", message: "Here is your data.", files: [{ name: "data.pdf", bytes: pdfBytes() }] },
        now: now(),
      }),
  },
  {
    name: "forward",
    processor: true,
    run: (context, requestId) =>
      forwardRequest({
        context,
        requestId,
        input: { customerId: "new", customerName: `Customer ${Math.random()}`, contactEmail: "privacy@customer.example" },
        now: now(),
      }),
  },
  {
    // The test organization's NZ subjects get the Privacy Act's clock, which extends by working days.
    name: "extend",
    run: (context, requestId) =>
      extendRequest({ context, requestId, input: { days: 10, reason: "The records are held by a supplier we must ask first." }, now: now() }),
  },
  { name: "deny", run: (context, requestId) => denyRequest({ context, requestId, input: { reason: "We could not confirm your identity." }, now: now() }) },
  { name: "withdraw", run: (context, requestId) => withdrawRequest({ context, requestId, input: { reason: "The subject phoned to withdraw." }, now: now() }) },
];

describe("every staff action", () => {
  it.each(CASES)("$name: refuses a viewer and changes nothing", async ({ run, processor }) => {
    const filed = await createVerifiedRequest(db, org, { processor });
    const before = await requestRow(filed.id);
    const result = await run(viewer, filed.id);
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    if (!result.ok) expect(result.error).toMatch(/Viewer \(read-only\)/);
    expect(await requestRow(filed.id)).toEqual(before);
    expect(await auditOf(filed.id)).toEqual([]);
  });

  it.each(CASES)("$name: another organization's request is not found and stays as it was", async ({ run, processor }) => {
    const filed = await createVerifiedRequest(db, org, { processor });
    const before = await requestRow(filed.id);
    const eventsBefore = await db.requestEvent.count({ where: { requestId: filed.id } });
    const result = await run(outsider, filed.id);
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await requestRow(filed.id)).toEqual(before);
    expect(await db.requestEvent.count({ where: { requestId: filed.id } })).toBe(eventsBefore);
    expect(await auditOf(filed.id)).toEqual([]);
  });

  it.each(CASES)("$name: refuses a closed request with a clear message", async ({ run, processor }) => {
    const filed = await createVerifiedRequest(db, org, { processor });
    expectOk(await denyRequest({ context: officer, requestId: filed.id, input: { reason: "Closed for the test's sake." }, now: now() }));
    const result = await run(officer, filed.id);
    expect(result).toMatchObject({ ok: false, code: "not_allowed" });
    if (!result.ok) expect(result.error).toMatch(/Denied/);
    expect((await requestRow(filed.id)).status).toBe("DENIED");
    expect((await auditOf(filed.id)).map((a) => a.action)).toEqual(["request.deny"]);
  });

  it.each(CASES)("$name: an unconfirmed request takes no action (verification is never bypassed)", async ({ run }) => {
    const id = await createUnverifiedRequest(db, org);
    const result = await run(officer, id);
    expect(result).toMatchObject({ ok: false, code: "not_allowed" });
    expect((await requestRow(id)).status).toBe("PENDING_VERIFICATION");
    expect(await auditOf(id)).toEqual([]);
  });

  it.each(CASES)("$name: a made-up id is not found", async ({ run }) => {
    expect(await run(officer, "not-a-uuid")).toMatchObject({ ok: false, code: "not_found" });
    expect(await run(officer, "00000000-0000-4000-8000-000000000000")).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("assign and claim", () => {
  it("claiming a new request puts it in progress, tells the subject work started, and audits who and what", async () => {
    const filed = await createVerifiedRequest(db, org);
    expectOk(await assignRequest({ context: officer, requestId: filed.id, input: { assigneeId: officer.user.id }, now: now() }));
    expect(await requestRow(filed.id)).toMatchObject({ assigneeId: officer.user.id, status: "IN_PROGRESS" });
    expect((await subjectHistory(filed)).history.at(-1)?.message).toMatch(/started working on your request/);
    const [audit] = await auditOf(filed.id);
    expect(audit).toMatchObject({
      action: "request.claim",
      actorEmail: officer.user.email,
      ip: "198.51.100.7",
      before: { assignee: null, status: "NEW" },
      after: { assignee: officer.user.email, status: "IN_PROGRESS" },
    });
  });

  it("assigns to a colleague, and refuses a viewer or someone of another organization as assignee", async () => {
    const filed = await createVerifiedRequest(db, org);
    expectOk(await assignRequest({ context: officer, requestId: filed.id, input: { assigneeId: colleague.user.id }, now: now() }));
    expect((await requestRow(filed.id)).assigneeId).toBe(colleague.user.id);

    for (const assigneeId of [viewer.user.id, outsider.user.id]) {
      const result = await assignRequest({ context: officer, requestId: filed.id, input: { assigneeId }, now: now() });
      expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { assigneeId: [expect.stringMatching(/member of your organization/)] } });
    }
    expect((await requestRow(filed.id)).assigneeId).toBe(colleague.user.id);
    const staff = await getStaffRequest({ context: officer, requestId: filed.id });
    expect(staff?.events.map((e) => e.message)).toContain("Assigned to Ari Admin by Olivia Officer.");
  });
});

describe("notes and replies", () => {
  it("keeps an internal note from the subject but shows it to staff", async () => {
    const filed = await createVerifiedRequest(db, org);
    expectOk(await addNote({ context: officer, requestId: filed.id, input: { note: "Subject is also a supplier." }, now: now() }));
    expect((await subjectHistory(filed)).history.map((h) => h.message).join("\n")).not.toMatch(/supplier/);
    const staff = await getStaffRequest({ context: viewer, requestId: filed.id });
    expect(staff?.events.at(-1)).toMatchObject({ message: "Subject is also a supplier.", visibleToSubject: false, actorName: "Olivia Officer" });
    expect(staff?.actions).toEqual([]); // a viewer sees no actions
    expect((await auditOf(filed.id)).map((a) => a.action)).toEqual(["request.note"]);
  });

  it("emails a reply with a working status link and shows it on the status page", async () => {
    const filed = await createVerifiedRequest(db, org);
    expectOk(await replyToSubject({ context: officer, requestId: filed.id, input: { message: "We found two accounts." }, now: now() }));
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: filed.subjectEmail, subject: { contains: "A message about" } } });
    expect(email.textBody).toContain("We found two accounts.");
    const newToken = await emailedToken(db, filed.subjectEmail, "status");
    expect(newToken).not.toBe(filed.statusToken);
    // Both the new and the old link work.
    for (const token of [newToken, filed.statusToken]) {
      const status = await getRequestStatus({ orgSlug: org.slug, token, now: new Date() });
      expect(status.found && status.request.history.at(-1)?.message).toMatch(/We found two accounts\./);
    }
    expect((await auditOf(filed.id))[0]).toMatchObject({ action: "request.reply", after: { message: "We found two accounts." } });
  });

  it("refuses an empty note or reply", async () => {
    const filed = await createVerifiedRequest(db, org);
    expect(await addNote({ context: officer, requestId: filed.id, input: { note: "   " }, now: now() })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { note: [expect.stringMatching(/required/)] },
    });
    expect(await replyToSubject({ context: officer, requestId: filed.id, input: { message: "" }, now: now() })).toMatchObject({ ok: false, code: "invalid" });
    expect(await auditOf(filed.id)).toEqual([]);
  });
});

describe("asking the subject for more information", () => {
  it("waits on the subject, starts a pause, and emails the question with a status link", async () => {
    const filed = await createVerifiedRequest(db, org);
    const at = now();
    expectOk(await requestInformation({ context: officer, requestId: filed.id, input: { reason: "IDENTITY", question: "Which email did you use to order?" }, now: at }));
    expect((await requestRow(filed.id)).status).toBe("AWAITING_SUBJECT");
    expect(await db.requestPause.findMany({ where: { requestId: filed.id } })).toEqual([
      expect.objectContaining({ startedAt: at, endedAt: null }),
    ]);
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: filed.subjectEmail, subject: { contains: "needs more information" } } });
    expect(email.textBody).toContain("Which email did you use to order?");
    expect(email.textBody).toMatch(new RegExp(`/${org.slug}/status/[A-Za-z0-9_-]{43}`));
    const view = await subjectHistory(filed);
    expect(view.openQuestion).toBe("Which email did you use to order?");
    expect((await auditOf(filed.id))[0]).toMatchObject({ action: "request.request_info", before: { status: "NEW" }, after: { status: "AWAITING_SUBJECT" } });

    // Asking again while waiting is not in the table.
    const again = await requestInformation({ context: officer, requestId: filed.id, input: { reason: "IDENTITY", question: "And?" }, now: now() });
    expect(again).toMatchObject({ ok: false, code: "not_allowed" });
  });

  it("stores what the subject is asked for on the pause, and both pages say whether the law stops the clock for it", async () => {
    // Accepted under UK GDPR: the ICO stops the clock for ID and for clarifying a large request, not for a plain question.
    const cases = [
      { reason: "IDENTITY", isClockStopped: true },
      { reason: "LARGE_VOLUME_CLARIFICATION", isClockStopped: true },
      { reason: "CLARIFICATION", isClockStopped: false },
      { reason: "OTHER", isClockStopped: false },
    ] as const;
    for (const { reason, isClockStopped } of cases) {
      const filed = await createVerifiedRequest(db, org);
      await db.privacyRequest.update({ where: { id: filed.id }, data: { regime: "UK" } });
      expectOk(await requestInformation({ context: officer, requestId: filed.id, input: { reason, question: "Which account?" }, now: now() }));
      expect(await db.requestPause.findMany({ where: { requestId: filed.id } })).toEqual([expect.objectContaining({ reason, endedAt: null })]);
      expect((await subjectHistory(filed)).waiting).toEqual({ reason, isClockStopped });
      const staff = await getStaffRequest({ context: officer, requestId: filed.id });
      expect(staff?.deadline).toMatchObject({ pauseReason: reason, isClockStopped });
      expect((await auditOf(filed.id))[0]).toMatchObject({ action: "request.request_info", after: { reason } });
    }
    // CCPA's 45 days run from receipt whatever the business waits for.
    const ccpa = await createVerifiedRequest(db, org);
    await db.privacyRequest.update({ where: { id: ccpa.id }, data: { regime: "CCPA" } });
    expectOk(await requestInformation({ context: officer, requestId: ccpa.id, input: { reason: "IDENTITY", question: "Your ID?" }, now: now() }));
    expect((await subjectHistory(ccpa)).waiting).toEqual({ reason: "IDENTITY", isClockStopped: false });
  });

  it("a question asked before reasons were recorded keeps today's behaviour: the clock stops", async () => {
    const filed = await createVerifiedRequest(db, org);
    await db.privacyRequest.update({ where: { id: filed.id }, data: { regime: "GDPR" } });
    expectOk(await requestInformation({ context: officer, requestId: filed.id, input: { reason: "IDENTITY", question: "Which account?" }, now: now() }));
    await db.requestPause.updateMany({ where: { requestId: filed.id }, data: { reason: null } });
    expect((await subjectHistory(filed)).waiting).toEqual({ reason: null, isClockStopped: true });
  });

  it.each([
    ["missing", undefined],
    ["unknown", "BECAUSE"],
    ["lower case", "identity"],
  ])("refuses a %s reason and changes nothing", async (_, reason) => {
    const filed = await createVerifiedRequest(db, org);
    const before = await requestRow(filed.id);
    const input = { question: "Which account?", ...(reason === undefined ? {} : { reason }) } as Parameters<typeof requestInformation>[0]["input"];
    const result = await requestInformation({ context: officer, requestId: filed.id, input, now: now() });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { reason: ["Choose what you are asking the subject for."] } });
    expect(await requestRow(filed.id)).toEqual(before);
    expect(await db.requestPause.count({ where: { requestId: filed.id } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { toAddress: filed.subjectEmail, subject: { contains: "needs more information" } } })).toBe(0);
    expect(await auditOf(filed.id)).toEqual([]);
  });

  it("staff can resume without an answer, which ends the pause", async () => {
    const filed = await createVerifiedRequest(db, org);
    expectOk(await requestInformation({ context: officer, requestId: filed.id, input: { reason: "IDENTITY", question: "Your phone number?" }, now: now() }));
    const at = now();
    expectOk(await resumeRequest({ context: officer, requestId: filed.id, input: {}, now: at }));
    expect((await requestRow(filed.id)).status).toBe("IN_PROGRESS");
    expect((await db.requestPause.findFirstOrThrow({ where: { requestId: filed.id } })).endedAt).toEqual(at);
    expect(await resumeRequest({ context: officer, requestId: filed.id, input: {}, now: now() })).toMatchObject({ ok: false, code: "not_allowed" });
  });
});

describe("start", () => {
  it("moves a new request into progress once", async () => {
    const filed = await createVerifiedRequest(db, org);
    expectOk(await startRequest({ context: officer, requestId: filed.id, input: {}, now: now() }));
    expect((await requestRow(filed.id)).status).toBe("IN_PROGRESS");
    expect(await startRequest({ context: officer, requestId: filed.id, input: {}, now: now() })).toMatchObject({ ok: false, code: "not_allowed" });
    expect((await auditOf(filed.id)).map((a) => a.action)).toEqual(["request.start"]);
  });
});

describe("mark as duplicate", () => {
  it("closes the request and tells the subject which reference continues when it is theirs", async () => {
    const original = await createVerifiedRequest(db, org, { email: "twice@example.nz" });
    const repeat = await createVerifiedRequest(db, org, { email: "twice@example.nz" });
    const result = await markDuplicate({ context: officer, requestId: repeat.id, input: { reference: original.reference.toLowerCase() }, now: now() });
    expectOk(result);
    expect(await requestRow(repeat.id)).toMatchObject({ status: "COMPLETED", outcome: "DUPLICATE", duplicateOfId: original.id });
    expect((await subjectHistory(repeat)).history.at(-1)?.message).toContain(original.reference);
    expect((await auditOf(repeat.id))[0]).toMatchObject({ action: "request.mark_duplicate", after: { duplicateOf: original.reference } });
  });

  it("does not reveal another person's reference", async () => {
    const original = await createVerifiedRequest(db, org, { email: "first@example.nz" });
    const repeat = await createVerifiedRequest(db, org, { email: "second@example.nz" });
    expectOk(await markDuplicate({ context: officer, requestId: repeat.id, input: { reference: original.reference }, now: now() }));
    const history = (await subjectHistory(repeat)).history.map((h) => h.message).join("\n");
    expect(history).toMatch(/repeats a request we are already handling/);
    expect(history).not.toContain(original.reference);
  });

  it("refuses itself, an unknown reference, and another organization's request", async () => {
    const filed = await createVerifiedRequest(db, org);
    const foreign = await createVerifiedRequest(db, other);
    for (const [reference, message] of [
      [filed.reference, /itself/],
      [foreign.reference, /no request/],
      ["NOPE-2026-000001", /no request/],
      ["not a reference", /looks like/],
    ] as const) {
      const result = await markDuplicate({ context: officer, requestId: filed.id, input: { reference }, now: now() });
      expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { reference: [expect.stringMatching(message)] } });
    }
    expect((await requestRow(filed.id)).status).toBe("NEW");
  });
});

describe("deny", () => {
  it("needs a reason of at least 10 characters, which the subject reads", async () => {
    const filed = await createVerifiedRequest(db, org);
    expect(await denyRequest({ context: officer, requestId: filed.id, input: { reason: "No." }, now: now() })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { reason: [expect.stringMatching(/at least 10/)] },
    });
    const at = now();
    expectOk(await denyRequest({ context: officer, requestId: filed.id, input: { reason: "The account belongs to someone else." }, now: at }));
    expect(await requestRow(filed.id)).toMatchObject({ status: "DENIED", denialReason: "The account belongs to someone else.", closedAt: at });
    const view = await subjectHistory(filed);
    expect(view.denialReason).toBe("The account belongs to someone else.");
    expect(view.history.at(-1)?.message).toContain("The account belongs to someone else.");
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: filed.subjectEmail, subject: { contains: "is closed" } } });
    expect(email.textBody).toContain("The account belongs to someone else.");
    expect((await auditOf(filed.id))[0]).toMatchObject({ action: "request.deny", reason: "The account belongs to someone else.", after: { status: "DENIED" } });
  });
});

describe("complete", () => {
  it("stores the answer's files with their hash and download period, and the subject sees them", async () => {
    const filed = await createVerifiedRequest(db, org, { type: "EXPORT" });
    const at = now();
    const csv = new TextEncoder().encode("order,date\n1,2026-01-01\n");
    expectOk(
      await completeRequest({
        context: officer,
        requestId: filed.id,
        input: { outcome: "FULFILLED", message: "Your orders are attached.", files: [{ name: "orders.csv", bytes: csv }, { name: "summary.pdf", bytes: pdfBytes() }] },
        now: at,
      }),
    );
    expect(await requestRow(filed.id)).toMatchObject({ status: "COMPLETED", outcome: "FULFILLED", closingNote: "Your orders are attached.", closedAt: at });
    const files = await db.requestFile.findMany({ where: { requestId: filed.id }, orderBy: { filename: "asc" } });
    expect(files.map((f) => [f.filename, f.contentType, f.size])).toEqual([
      ["orders.csv", "text/csv; charset=utf-8", csv.length],
      ["summary.pdf", "application/pdf", pdfBytes().length],
    ]);
    expect(files[0]!.availableUntil).toEqual(new Date(at.getTime() + org.downloadTtlDays * 86_400_000));
    expect(files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const view = await subjectHistory(filed);
    expect(view.files.map((f) => f.filename).sort()).toEqual(["orders.csv", "summary.pdf"]);
    expect(view.history.at(-1)?.message).toMatch(/2 files are ready/);
    const [audit] = await auditOf(filed.id);
    expect(audit).toMatchObject({ action: "request.complete", after: { outcome: "FULFILLED", files: expect.arrayContaining([expect.objectContaining({ filename: "orders.csv" })]) } });
  });

  it("refuses a file whose content is not what its name says, and an access answer without files", async () => {
    const filed = await createVerifiedRequest(db, org, { type: "ACCESS" });
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const disguised = await completeRequest({
      context: officer,
      requestId: filed.id,
      input: { outcome: "FULFILLED", message: "Attached.", files: [{ name: "data.pdf", bytes: html }] },
      now: now(),
    });
    expect(disguised).toMatchObject({ ok: false, code: "invalid", fieldErrors: { files: [expect.stringMatching(/data\.pdf/)] } });
    const none = await completeRequest({ context: officer, requestId: filed.id, input: { outcome: "FULFILLED", message: "Attached." }, now: now() });
    expect(none).toMatchObject({ ok: false, fieldErrors: { files: [expect.stringMatching(/Attach the files/)] } });
    expect((await requestRow(filed.id)).status).toBe("NEW");
    expect(await db.requestFile.count({ where: { requestId: filed.id } })).toBe(0);
    // "No data found" needs no file.
    expectOk(await completeRequest({ context: officer, requestId: filed.id, input: { outcome: "NO_DATA_FOUND", message: "We hold nothing about you." }, now: now() }));
  });

  it("takes no files for other request types", async () => {
    const filed = await createVerifiedRequest(db, org, { type: "DELETION" });
    const result = await completeRequest({
      context: officer,
      requestId: filed.id,
      input: { outcome: "FULFILLED", message: "Deleted.", files: [{ name: "proof.pdf", bytes: pdfBytes() }] },
      now: now(),
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { files: [expect.stringMatching(/only be attached to access and export/)] } });
    expectOk(await completeRequest({ context: officer, requestId: filed.id, input: { outcome: "FULFILLED", message: "Deleted." }, now: now() }));
  });
});

describe("forward to the controller", () => {
  it("emails the customer's contact the request and tells the subject who has it now", async () => {
    const filed = await createVerifiedRequest(db, org, { processor: true, type: "DELETION" });
    const name = `Kiwi Shoes ${Date.now()}`;
    const at = now();
    expectOk(await forwardRequest({ context: officer, requestId: filed.id, input: { customerId: "new", customerName: name, contactEmail: "Privacy@KiwiShoes.example" }, now: at }));
    const customer = await db.customer.findFirstOrThrow({ where: { organizationId: org.id, name } });
    expect(customer.contactEmail).toBe("privacy@kiwishoes.example");
    expect(await requestRow(filed.id)).toMatchObject({ status: "COMPLETED", outcome: "FORWARDED", customerId: customer.id, forwardedAt: at });

    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: "privacy@kiwishoes.example" } });
    expect(email.subject).toContain(filed.reference);
    for (const fact of [filed.reference, "Aroha Ngata", filed.subjectEmail, "New Zealand", "Delete my data", "Please include my order history."]) {
      expect(email.textBody).toContain(fact);
    }
    expect(email.textBody).toMatch(/controller/);

    const view = await subjectHistory(filed);
    expect(view.forwardedTo).toMatchObject({ name, contactEmail: "privacy@kiwishoes.example" });
    expect(view.history.at(-1)?.message).toMatch(new RegExp(`only processes this data on behalf of ${name}, who decides about it\\. We have passed your request to ${name} on .+; they will answer you directly\\. You can also contact them at privacy@kiwishoes\\.example\\.`));
    expect((await auditOf(filed.id)).map((a) => a.action)).toEqual(["customer.create", "request.forward"]);

    // The next request can pick the existing customer, but not add it twice.
    const next = await createVerifiedRequest(db, org, { processor: true });
    expect(await forwardRequest({ context: officer, requestId: next.id, input: { customerId: "new", customerName: name.toUpperCase(), contactEmail: "x@y.example" }, now: now() })).toMatchObject({
      ok: false,
      fieldErrors: { customerName: [expect.stringMatching(/already a customer/)] },
    });
    expectOk(await forwardRequest({ context: officer, requestId: next.id, input: { customerId: customer.id }, now: now() }));
  });

  it("is refused in the controller queue, and refuses another organization's customer", async () => {
    const controllerRequest = await createVerifiedRequest(db, org);
    const result = await forwardRequest({ context: officer, requestId: controllerRequest.id, input: { customerId: "new", customerName: "X Ltd", contactEmail: "x@x.example" }, now: now() });
    expect(result).toMatchObject({ ok: false, code: "not_allowed", error: expect.stringMatching(/processor queue/) });

    const foreignCustomer = await db.customer.create({ data: { organizationId: other.id, name: "Foreign", contactEmail: "f@f.example" } });
    const processorRequest = await createVerifiedRequest(db, org, { processor: true });
    expect(await forwardRequest({ context: officer, requestId: processorRequest.id, input: { customerId: foreignCustomer.id }, now: now() })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect((await requestRow(processorRequest.id)).status).toBe("NEW");
  });
});

describe("withdraw", () => {
  it("closes the request with how the subject asked, and confirms it to them", async () => {
    const filed = await createVerifiedRequest(db, org);
    expectOk(await requestInformation({ context: officer, requestId: filed.id, input: { reason: "IDENTITY", question: "Which account?" }, now: now() }));
    expectOk(await withdrawRequest({ context: officer, requestId: filed.id, input: { reason: "Phoned on Monday to withdraw." }, now: now() }));
    expect(await requestRow(filed.id)).toMatchObject({ status: "WITHDRAWN", closingNote: "Phoned on Monday to withdraw." });
    expect(await db.requestPause.count({ where: { requestId: filed.id, endedAt: null } })).toBe(0);
    expect((await subjectHistory(filed)).history.at(-1)?.message).toMatch(/withdrawn/);
    expect((await auditOf(filed.id)).at(-1)).toMatchObject({ action: "request.withdraw", reason: "Phoned on Monday to withdraw." });
  });
});

describe("the staff view", () => {
  it("is not found for another organization's staff", async () => {
    const filed = await createVerifiedRequest(db, org);
    expect(await getStaffRequest({ context: outsider, requestId: filed.id })).toBeNull();
    expect(await getStaffRequest({ context: officer, requestId: filed.id })).toMatchObject({ reference: filed.reference, actions: expect.arrayContaining(["assign", "complete"]) });
  });

  it("masks the subject, in the details and the audit trail, until the member reveals them", async () => {
    const filed = await createVerifiedRequest(db, org);
    // A record that carries the subject's address, as a request recorded by staff keeps it.
    await db.auditEvent.create({
      data: { organizationId: org.id, actorEmail: filed.subjectEmail, ip: "203.0.113.4", action: "request.record", targetType: "PrivacyRequest", targetId: filed.id, after: { subjectEmail: filed.subjectEmail } },
    });
    const masked = await getStaffRequest({ context: officer, requestId: filed.id });
    expect(masked).toMatchObject({ isSubjectRevealed: false, canRevealSubject: true });
    expect(JSON.stringify(masked)).not.toContain(filed.subjectEmail);

    expect(await revealSubject({ organizationId: org.id, requestId: filed.id, role: officer.role, actor: officer.actor, now: now() })).toMatchObject({ ok: true });
    const revealed = await getStaffRequest({ context: officer, requestId: filed.id });
    expect(revealed).toMatchObject({ isSubjectRevealed: true, canRevealSubject: false, subjectEmail: filed.subjectEmail });
    // The reveal is in the request's own trail, and the trail now shows what the officer revealed.
    expect(revealed?.audit.map((a) => a.action)).toEqual(["request.record", "subject.revealed"]);
    expect(revealed?.audit[0]).toMatchObject({ actorEmail: filed.subjectEmail, after: { subjectEmail: filed.subjectEmail } });
    // Another member still sees the subject masked.
    expect(JSON.stringify(await getStaffRequest({ context: colleague, requestId: filed.id }))).not.toContain(filed.subjectEmail);
  });

  it("refuses a viewer's reveal: nothing is recorded, the request is unchanged, the subject stays masked", async () => {
    const filed = await createVerifiedRequest(db, org);
    const before = await requestRow(filed.id);
    expect(await revealSubject({ organizationId: org.id, requestId: filed.id, role: viewer.role, actor: viewer.actor, now: now() })).toEqual({ ok: false, reason: "forbidden" });
    expect(await requestRow(filed.id)).toEqual(before);
    expect(await auditOf(filed.id)).toEqual([]);
    const view = await getStaffRequest({ context: viewer, requestId: filed.id });
    expect(view).toMatchObject({ isSubjectRevealed: false, canRevealSubject: false });
    expect(JSON.stringify(view)).not.toContain(filed.subjectEmail);
  });
});
