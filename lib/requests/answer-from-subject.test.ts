// The subject answers a question on their status page: only with their own status link, only while
// the request waits on them; the pause ends and whoever works on the request hears about it.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type PrismaClient } from "@/lib/db/client";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { answerFromSubject } from "./answer-from-subject";
import { assignRequest } from "./assign-request";
import { getRequestStatus } from "./get-request-status";
import { requestInformation } from "./request-information";
import type { StaffContext } from "./run-staff-action";
import { createStaff, createVerifiedRequest, emailedToken } from "./test-fixtures";

let db: PrismaClient;
let org: TestOrganization;
let other: TestOrganization;
let officer: StaffContext;
let admin: StaffContext;

beforeAll(async () => {
  db = await getDb();
  org = await createTestOrganization(db);
  other = await createTestOrganization(db);
  officer = await createStaff(db, org, "OFFICER", "Olivia Officer");
  admin = await createStaff(db, org, "ADMIN", "Ari Admin");
  await createStaff(db, org, "VIEWER", "Vic Viewer");
});

async function askedRequest({ assign }: { assign: boolean }) {
  const filed = await createVerifiedRequest(db, org);
  if (assign) await assignRequest({ context: officer, requestId: filed.id, input: { assigneeId: officer.user.id }, now: new Date() });
  await requestInformation({ context: officer, requestId: filed.id, input: { reason: "IDENTITY", question: "Which account do you mean?" }, now: new Date() });
  // The subject follows the link in the question's email.
  const token = await emailedToken(db, filed.subjectEmail, "status");
  return { ...filed, token };
}

describe("answering from the status page", () => {
  it("brings the request back into progress, ends the pause, and emails the assignee", async () => {
    const asked = await askedRequest({ assign: true });
    const at = new Date();
    const result = await answerFromSubject({ orgSlug: org.slug, token: asked.token, input: { answer: "The one with aroha@work.nz" }, ip: "203.0.113.5", now: at });
    expect(result).toEqual({ ok: true });

    expect((await db.privacyRequest.findUniqueOrThrow({ where: { id: asked.id } })).status).toBe("IN_PROGRESS");
    expect((await db.requestPause.findFirstOrThrow({ where: { requestId: asked.id } })).endedAt).toEqual(at);
    const status = await getRequestStatus({ orgSlug: org.slug, token: asked.token, now: new Date() });
    expect(status.found && status.request.openQuestion).toBeNull();
    expect(status.found && status.request.history.at(-1)?.message).toBe("You answered:\nThe one with aroha@work.nz");

    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: officer.user.email, subject: { contains: asked.reference } } });
    expect(email.textBody).toContain("The one with aroha@work.nz");
    expect(email.textBody).toContain(`/dashboard/${org.slug}/requests/${asked.id}`);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: asked.id, action: "request.subject_answer" } });
    expect(audit).toMatchObject({ actorUserId: null, actorEmail: asked.subjectEmail, ip: "203.0.113.5", before: { status: "AWAITING_SUBJECT" } });
  });

  it("emails the privacy officers of the request's queue when nobody is assigned (not the admins or viewers)", async () => {
    const asked = await askedRequest({ assign: false });
    expect((await answerFromSubject({ orgSlug: org.slug, token: asked.token, input: { answer: "Mine." }, ip: "203.0.113.5", now: new Date() })).ok).toBe(true);
    const recipients = (await db.outboxEmail.findMany({ where: { organizationId: org.id, subject: { contains: `answered: ${asked.reference}` } } })).map((e) => e.toAddress);
    expect(recipients).toEqual([officer.user.email]);
  });

  it("masks the subject's own name and email in the staff email, which has no reveal", async () => {
    const asked = await askedRequest({ assign: true });
    const answer = `Write to ${asked.subjectEmail.toUpperCase()}, thanks, Aroha Ngata`;
    expect((await answerFromSubject({ orgSlug: org.slug, token: asked.token, input: { answer }, ip: "203.0.113.5", now: new Date() })).ok).toBe(true);
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: officer.user.email, subject: { contains: `answered: ${asked.reference}` } } });
    expect(email.textBody.toLowerCase()).not.toContain(asked.subjectEmail.toLowerCase());
    expect(email.textBody).not.toContain("Aroha Ngata");
    expect(email.textBody).toContain("A•••a N•••a");
  });

  it("also works with the first status link, and only once per question", async () => {
    const asked = await askedRequest({ assign: true });
    expect((await answerFromSubject({ orgSlug: org.slug, token: asked.statusToken, input: { answer: "First" }, ip: "x", now: new Date() })).ok).toBe(true);
    expect(await answerFromSubject({ orgSlug: org.slug, token: asked.token, input: { answer: "Second" }, ip: "x", now: new Date() })).toMatchObject({
      ok: false,
      code: "not_allowed",
    });
  });

  it("refuses another organization's address, a made-up token, an empty or too long answer", async () => {
    const asked = await askedRequest({ assign: true });
    expect(await answerFromSubject({ orgSlug: other.slug, token: asked.token, input: { answer: "Hi" }, ip: "x", now: new Date() })).toMatchObject({ code: "not_found" });
    expect(await answerFromSubject({ orgSlug: org.slug, token: "B".repeat(43), input: { answer: "Hi" }, ip: "x", now: new Date() })).toMatchObject({ code: "not_found" });
    expect(await answerFromSubject({ orgSlug: org.slug, token: asked.token, input: { answer: " " }, ip: "x", now: new Date() })).toMatchObject({
      code: "invalid",
      fieldErrors: { answer: ["Your answer is required."] },
    });
    expect(await answerFromSubject({ orgSlug: org.slug, token: asked.token, input: { answer: "x".repeat(5001) }, ip: "x", now: new Date() })).toMatchObject({
      code: "invalid",
      fieldErrors: { answer: ["Your answer can be at most 5000 characters."] },
    });
    expect((await db.privacyRequest.findUniqueOrThrow({ where: { id: asked.id } })).status).toBe("AWAITING_SUBJECT");
  });

  it("refuses a request that is not waiting on the subject", async () => {
    const filed = await createVerifiedRequest(db, org);
    expect(await answerFromSubject({ orgSlug: org.slug, token: filed.statusToken, input: { answer: "Unasked" }, ip: "x", now: new Date() })).toMatchObject({
      ok: false,
      code: "not_allowed",
    });
  });
});
