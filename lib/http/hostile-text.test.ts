// Input that used to answer 500 (issue 13), against a real database: a NUL or a lone surrogate in free text
// (the filing API, the portal's schema, staff notes, replies and questions, the subject's answer, the audit
// log's filters) and crafted keyset cursors (dashboard queue, REST list, audit log). Each gets a clear refusal,
// or page 1 where the dashboard reads a hand-edited address, and nothing is stored half-way.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listRequests, POST as fileRequestRoute } from "@/app/api/v1/orgs/[orgSlug]/requests/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { EMPTY_AUDIT_FILTERS, parseAuditView } from "@/lib/audit/schemas";
import { getDb, type PrismaClient } from "@/lib/db/client";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { addNote } from "@/lib/requests/add-note";
import { answerFromSubject } from "@/lib/requests/answer-from-subject";
import { listQueue } from "@/lib/requests/queue/list-queue";
import { DEFAULT_QUEUE_FILTERS, type QueueSort } from "@/lib/requests/queue/schemas";
import { replyToSubject } from "@/lib/requests/reply-to-subject";
import { requestInformation } from "@/lib/requests/request-information";
import { requestSchemaFor } from "@/lib/requests/schemas";
import { createStaff, createVerifiedRequest, type TestStaff } from "@/lib/requests/test-fixtures";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { CONTROL_CHARACTERS_MESSAGE } from "./plain-text";

process.env.API_RATE_LIMIT_MAX = "100";

let db: PrismaClient;
let org: TestOrganization;
let officer: TestStaff;
let readKey: string;

beforeAll(async () => {
  db = await getDb();
  org = await createTestOrganization(db);
  officer = await createStaff(db, org, "OFFICER", "Olive Officer");
  const admin = await createStaff(db, org, "ADMIN", "Ari Admin");
  const key = await createApiKey({ context: admin, input: { name: "Reporting", scope: "READ" }, now: new Date() });
  if (!key.ok) throw new Error(key.error);
  readKey = key.key.token;
});

const params = <P>(p: P) => ({ params: Promise.resolve(p) });

function fileThroughApi(body: string) {
  const request = new Request(`http://localhost/api/v1/orgs/${org.slug}/requests`, {
    method: "POST",
    headers: { "content-type": "application/json", [CLIENT_IP_HEADER]: `192.0.2.${1 + Math.floor(Math.random() * 250)}` },
    body,
  });
  return fileRequestRoute(request, params({ orgSlug: org.slug }));
}

type ApiError = { error: { code: string; message: string; fieldErrors?: Record<string, string[]> } };

describe("free text with a control character or a lone surrogate", () => {
  const valid = { type: "ACCESS", relationship: "customer", name: "Mere Tane", jurisdiction: "NZ" };

  it.each([
    ["a NUL in the name", (email: string) => JSON.stringify({ ...valid, email, name: "Mere\u0000Tane" }), "name"],
    ["a NUL in the details", (email: string) => JSON.stringify({ ...valid, email, details: "Send it all\u0000" }), "details"],
    ["an escape character in the details", (email: string) => JSON.stringify({ ...valid, email, details: "\u001b[31mred" }), "details"],
    // JSON.stringify writes a lone surrogate as the escape \ud800: the body is valid JSON, the text is not Unicode.
    ["a lone surrogate in the details", (email: string) => JSON.stringify({ ...valid, email, details: "lone \ud800 surrogate" }), "details"],
    ["a lone surrogate in the name", (email: string) => `{"type":"ACCESS","relationship":"customer","name":"\\udfff","jurisdiction":"NZ","email":"${email}"}`, "name"],
  ])("the filing API answers 422 for %s and files nothing", async (_what, body, field) => {
    const email = `hostile-${randomBytes(4).toString("hex")}@example.nz`;
    const response = await fileThroughApi(body(email));
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as ApiError;
    expect(error.code).toBe("validation_failed");
    expect(error.fieldErrors?.[field]).toEqual([CONTROL_CHARACTERS_MESSAGE]);
    expect(await db.privacyRequest.count({ where: { organizationId: org.id, subjectEmail: email } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { toAddress: email } })).toBe(0);
  });

  it("the portal's form says so in the subject's language, next to the field", () => {
    const schema = requestSchemaFor({ requestTypes: ["ACCESS"], relationships: [{ key: "customer", queue: "CONTROLLER" }] }, "subject", (key) =>
      key === "controlCharacters" ? "Entfernen Sie die unsichtbaren Steuerzeichen." : key,
    );
    const result = schema.safeParse({ ...valid, email: "mere@example.nz", details: "a\u0000b" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["details", "Entfernen Sie die unsichtbaren Steuerzeichen."]]);
  });

  it.each([
    ["a reply", (requestId: string, text: string) => replyToSubject({ context: officer, requestId, input: { message: text }, now: new Date() }), "message"],
    ["a note", (requestId: string, text: string) => addNote({ context: officer, requestId, input: { note: text }, now: new Date() }), "note"],
    ["a question", (requestId: string, text: string) => requestInformation({ context: officer, requestId, input: { reason: "IDENTITY", question: text }, now: new Date() }), "question"],
  ] as const)("staff get a field error for a NUL in %s, and nothing is recorded or emailed", async (_what, act, field) => {
    const filed = await createVerifiedRequest(db, org);
    const before = await db.privacyRequest.findUniqueOrThrow({ where: { id: filed.id } });
    const eventsBefore = await db.requestEvent.count({ where: { requestId: filed.id } });
    const emailsBefore = await db.outboxEmail.count({ where: { toAddress: filed.subjectEmail } });

    const result = await act(filed.id, "Dear subject,\u0000 here is your data.");
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { [field]: [CONTROL_CHARACTERS_MESSAGE] } });

    expect(await db.requestEvent.count({ where: { requestId: filed.id } })).toBe(eventsBefore);
    expect(await db.outboxEmail.count({ where: { toAddress: filed.subjectEmail } })).toBe(emailsBefore);
    expect((await db.privacyRequest.findUniqueOrThrow({ where: { id: filed.id } })).status).toBe(before.status);
  });

  it("the subject's answer with a NUL is refused and the request still waits for one", async () => {
    const filed = await createVerifiedRequest(db, org);
    const asked = await requestInformation({ context: officer, requestId: filed.id, input: { reason: "CLARIFICATION", question: "Which account?" }, now: new Date() });
    expect(asked.ok).toBe(true);
    const eventsBefore = await db.requestEvent.count({ where: { requestId: filed.id } });

    const result = await answerFromSubject({ orgSlug: org.slug, token: filed.statusToken, input: { answer: "The\u0000 one" }, ip: "192.0.2.9", now: new Date() });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { answer: [CONTROL_CHARACTERS_MESSAGE] } });
    expect((await db.privacyRequest.findUniqueOrThrow({ where: { id: filed.id } })).status).toBe("AWAITING_SUBJECT");
    expect(await db.requestEvent.count({ where: { requestId: filed.id } })).toBe(eventsBefore);
  });

  it.each([
    ["actor", "ari\u0000"],
    // (A lone surrogate cannot reach a query string: URLs carry UTF-8, where it becomes U+FFFD.)
    ["actor", "\u0007bell"],
    ["action", "request\u0000"],
    ["request", "OPSIQ-2026-\u0000"],
  ])("the audit log shows a field error for a control character in the %s filter (the page and its export)", (field, value) => {
    const view = parseAuditView(new URLSearchParams({ [field]: value }));
    expect(view.ok).toBe(false);
    if (view.ok) return;
    expect(view.fieldErrors[field as "actor"]).toBeTruthy();
    // What was typed stays in the form, to be corrected.
    expect(view.values[field as "actor"]).toBe(value);
  });
});

// ---------- Cursors ----------

/** A cursor as the queue writes them (base64url of "<time or ->.<id>"), with whatever inside. */
const cursorOf = (inside: string) => Buffer.from(inside).toString("base64url");
const CRAFTED: [string, string, QueueSort][] = [
  ["a time in year 33658", cursorOf(`999999999999999.${crypto.randomUUID()}`), "due"],
  ["a time in year 10000", cursorOf(`${Date.UTC(10000, 0, 1)}.${crypto.randomUUID()}`), "received"],
  ["an empty sort key where received dates are never empty", cursorOf(`-.${crypto.randomUUID()}`), "received"],
];

describe("crafted queue cursors", () => {
  beforeAll(async () => {
    await createVerifiedRequest(db, org);
  });

  it.each(CRAFTED)("the dashboard shows page 1 for %s", async (_what, cursor, sort) => {
    const firstPage = await listQueue(org.id, { ...DEFAULT_QUEUE_FILTERS, status: "all", sort }, { now: new Date(), userId: officer.user.id });
    expect(firstPage.rows.length).toBeGreaterThan(0);
    for (const direction of ["after", "before"] as const) {
      const page = await listQueue(org.id, { ...DEFAULT_QUEUE_FILTERS, status: "all", sort, [direction]: cursor }, { now: new Date(), userId: officer.user.id });
      expect(page.rows.map((r) => r.id)).toEqual(firstPage.rows.map((r) => r.id));
    }
  });

  it.each(CRAFTED)("the REST list answers 422 naming the cursor for %s", async (_what, cursor, sort) => {
    for (const direction of ["after", "before"] as const) {
      const url = `http://localhost/api/v1/orgs/${org.slug}/requests?sort=${sort}&${direction}=${cursor}`;
      const response = await listRequests(new Request(url, { headers: { authorization: `Bearer ${readKey}`, [CLIENT_IP_HEADER]: "203.0.113.5" } }), params({ orgSlug: org.slug }));
      expect(response.status).toBe(422);
      const { error } = (await response.json()) as ApiError;
      expect(error.code).toBe("validation_failed");
      expect(Object.keys(error.fieldErrors ?? {})).toEqual([direction]);
    }
  });

  it("the REST list reads an empty cursor as none", async () => {
    const response = await listRequests(
      new Request(`http://localhost/api/v1/orgs/${org.slug}/requests?status=all&after=`, { headers: { authorization: `Bearer ${readKey}`, [CLIENT_IP_HEADER]: "203.0.113.5" } }),
      params({ orgSlug: org.slug }),
    );
    expect(response.status).toBe(200);
  });

  it("the REST list still follows its own cursors", async () => {
    const get = (query: string) =>
      listRequests(new Request(`http://localhost/api/v1/orgs/${org.slug}/requests?${query}`, { headers: { authorization: `Bearer ${readKey}`, [CLIENT_IP_HEADER]: "203.0.113.5" } }), params({ orgSlug: org.slug }));
    await createVerifiedRequest(db, org);
    const first = (await (await get("status=all&sort=received")).json()) as { data: { id: string }[] };
    expect(first.data.length).toBeGreaterThanOrEqual(2);
    const time = Date.now();
    const response = await get(`status=all&sort=received&after=${cursorOf(`${time}.${first.data[0]!.id}`)}`);
    expect(response.status).toBe(200);
  });

  it("the audit log starts at the newest entry for a time in year 33658", async () => {
    const newest = await listAuditEvents(org, EMPTY_AUDIT_FILTERS, { after: null, before: null }, { reader: null });
    const crafted = await listAuditEvents(org, EMPTY_AUDIT_FILTERS, { after: cursorOf(`999999999999999.${crypto.randomUUID()}`), before: null }, { reader: null });
    expect(crafted.entries.map((e) => e.id)).toEqual(newest.entries.map((e) => e.id));
  });
});
