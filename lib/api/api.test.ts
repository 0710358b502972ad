// The REST API against a real database, through its route handlers: keys (shown once, stored hashed,
// revocable), the gate's answers (401, 403, 404 for other tenants, 429), the staff endpoints running the
// dashboard's own actions and state machine, the streamed export, and the OpenAPI document.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { getDb, type PrismaClient } from "@/lib/db/client";
import type { ApiKeyScope } from "@/lib/db/generated/enums";
import { requestLogColumns } from "@/lib/exports/request-log-columns";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { replySchema } from "@/lib/requests/action-schemas";
import { requestSchemaFor } from "@/lib/requests/schemas";
import { createStaff, createVerifiedRequest, pdfBytes, type TestStaff } from "@/lib/requests/test-fixtures";
import { parseCsv } from "@/lib/testing/parse-csv";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as exportRequests } from "@/app/api/v1/orgs/[orgSlug]/exports/requests/route";
import { POST as postAction } from "@/app/api/v1/orgs/[orgSlug]/requests/[requestId]/actions/route";
import { POST as postFiles } from "@/app/api/v1/orgs/[orgSlug]/requests/[requestId]/files/route";
import { POST as postReply } from "@/app/api/v1/orgs/[orgSlug]/requests/[requestId]/replies/route";
import { GET as getRequest } from "@/app/api/v1/orgs/[orgSlug]/requests/[requestId]/route";
import { GET as listRequests } from "@/app/api/v1/orgs/[orgSlug]/requests/route";
import { JSON_SCHEMA_OPTIONS, RESPONSE_JSON_SCHEMA_OPTIONS } from "./openapi-document";
import { apiRequestListSchema, apiRequestReadSchema } from "./present-api-request";

process.env.API_RATE_LIMIT_MAX = "40";

let db: PrismaClient;
let org: TestOrganization;
let other: TestOrganization;
let admin: TestStaff;
let otherAdmin: TestStaff;
let writeKey: string;
let readKey: string;
let otherKey: string;

async function newKey(by: TestStaff, scope: ApiKeyScope, name = `Key ${scope}`) {
  const result = await createApiKey({ context: by, input: { name, scope }, now: new Date() });
  if (!result.ok) throw new Error(result.error);
  return result.key;
}

beforeAll(async () => {
  db = await getDb();
  org = await createTestOrganization(db);
  other = await createTestOrganization(db);
  admin = await createStaff(db, org, "ADMIN", "Ari Admin");
  otherAdmin = await createStaff(db, other, "OWNER", "Otto Owner");
  writeKey = (await newKey(admin, "WRITE", "CRM sync")).token;
  readKey = (await newKey(admin, "READ", "Reporting")).token;
  otherKey = (await newKey(otherAdmin, "WRITE")).token;
});

type Init = { method?: string; key?: string | null; json?: unknown; body?: BodyInit; headers?: Record<string, string> };

function call(url: string, init: Init = {}): Request {
  const headers: Record<string, string> = { [CLIENT_IP_HEADER]: "203.0.113.5", ...init.headers };
  if (init.key) headers.authorization = `Bearer ${init.key}`;
  if (init.json !== undefined) headers["content-type"] = "application/json";
  return new Request(`http://localhost${url}`, { method: init.method ?? "GET", headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body });
}

const params = <P>(p: P) => ({ params: Promise.resolve(p) });

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; fieldErrors?: Record<string, string[]> } }).error;
}

function action(slug: string, requestId: string, key: string, json: unknown) {
  return postAction(call(`/api/v1/orgs/${slug}/requests/${requestId}/actions`, { method: "POST", key, json }), params({ orgSlug: slug, requestId }));
}

function reply(slug: string, requestId: string, key: string, message: string) {
  return postReply(call(`/api/v1/orgs/${slug}/requests/${requestId}/replies`, { method: "POST", key, json: { message } }), params({ orgSlug: slug, requestId }));
}

function list(slug: string, key: string | null, query = "", headers: Record<string, string> = {}) {
  return listRequests(call(`/api/v1/orgs/${slug}/requests${query}`, { key, headers }), params({ orgSlug: slug }));
}

describe("API keys", () => {
  it("shows the secret once and stores only its SHA-256", async () => {
    const key = await newKey(admin, "READ", "Once");
    expect(key.token).toMatch(/^rdk_[A-Za-z0-9_-]{43}$/);
    expect(key.token.startsWith(key.prefix)).toBe(true);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.secretHash).toBe(createHash("sha256").update(key.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(key.token);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { organizationId: org.id, action: "api_key.create", targetId: key.id } });
    expect(JSON.stringify(audit)).not.toContain(key.token);
    expect(audit.actorEmail).toBe(admin.user.email);
  });

  it("is created and revoked by admins only", async () => {
    const officer = await createStaff(db, org, "OFFICER");
    expect(await createApiKey({ context: officer, input: { name: "Mine", scope: "WRITE" }, now: new Date() })).toMatchObject({ ok: false, code: "forbidden" });
    const key = await newKey(admin, "READ");
    expect(await revokeApiKey({ context: officer, apiKeyId: key.id, now: new Date() })).toMatchObject({ ok: false, code: "forbidden" });
    // Another organization's admin cannot even find it.
    expect(await revokeApiKey({ context: otherAdmin, apiKeyId: key.id, now: new Date() })).toMatchObject({ ok: false, code: "not_found" });
    expect(await createApiKey({ context: admin, input: { name: " ", scope: "ADMIN" as never }, now: new Date() })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { name: ["Name the key, e.g. the system that will use it."], scope: ["Choose what the key may do."] },
    });
  });

  it("answers 401 with WWW-Authenticate for a missing, malformed, unknown or revoked key", async () => {
    const missing = await list(org.slug, null);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe('Bearer realm="rightsdesk"');
    expect(await errorOf(missing)).toMatchObject({ code: "unauthorized" });
    const malformed = await list(org.slug, null, "", { authorization: "Basic dXNlcjpwYXNz" });
    expect(malformed.status).toBe(401);
    expect(malformed.headers.get("www-authenticate")).toContain('error="invalid_token"');
    const unknown = await list(org.slug, `rdk_${"A".repeat(43)}`);
    expect(unknown.status).toBe(401);

    const key = await newKey(admin, "READ", "Soon revoked");
    expect((await list(org.slug, key.token)).status).toBe(200);
    expect(await revokeApiKey({ context: admin, apiKeyId: key.id, now: new Date() })).toMatchObject({ ok: true, name: "Soon revoked" });
    const revoked = await list(org.slug, key.token);
    expect(revoked.status).toBe(401);
    expect((await errorOf(revoked)).message).toMatch(/revoked/);
    expect(await db.auditEvent.count({ where: { organizationId: org.id, action: "api_key.revoke", targetId: key.id } })).toBe(1);
  });

  it("records when and from where a key was last used", async () => {
    const key = await newKey(admin, "READ", "Fresh");
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toBeNull();
    await list(org.slug, key.token);
    const used = await db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(used.lastUsedAt).not.toBeNull();
    expect(used.lastUsedIp).toBe("203.0.113.5");
  });

  it("limits calls per key with 429, Retry-After and RateLimit headers", async () => {
    const key = await newKey(admin, "READ", "Busy");
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i < 41; i++) {
      last = await list(org.slug, key.token);
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 40).every((s) => s === 200)).toBe(true);
    expect(statuses[40]).toBe(429);
    expect(await errorOf(last!)).toMatchObject({ code: "rate_limited" });
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last!.headers.get("ratelimit-limit")).toBe("40");
    expect(last!.headers.get("ratelimit-remaining")).toBe("0");
    // Another key of the same organization is not affected.
    expect((await list(org.slug, readKey)).status).toBe(200);
  });
});

describe("tenancy and scope", () => {
  it("answers 404 for another organization's slug and for another organization's request", async () => {
    const theirs = await createVerifiedRequest(db, other);
    const onTheirSlug = await list(other.slug, writeKey);
    expect(onTheirSlug.status).toBe(404);
    expect(await errorOf(onTheirSlug)).toMatchObject({ code: "not_found" });
    const theirRequest = await getRequest(call(`/api/v1/orgs/${org.slug}/requests/${theirs.id}`, { key: writeKey }), params({ orgSlug: org.slug, requestId: theirs.id }));
    expect(theirRequest.status).toBe(404);
    expect((await action(org.slug, theirs.id, writeKey, { action: "start" })).status).toBe(404);
    expect((await reply(org.slug, theirs.id, writeKey, "Hello")).status).toBe(404);
    expect((await db.privacyRequest.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("NEW");
    // Their own key works on their own request.
    expect((await action(other.slug, theirs.id, otherKey, { action: "start" })).status).toBe(200);
  });

  it("refuses every write to a read key with 403 insufficient_scope, changing nothing", async () => {
    const filed = await createVerifiedRequest(db, org);
    const refused = await action(org.slug, filed.id, readKey, { action: "start" });
    expect(refused.status).toBe(403);
    expect(await errorOf(refused)).toMatchObject({ code: "insufficient_scope" });
    expect(refused.headers.get("www-authenticate")).toContain('error="insufficient_scope"');
    expect((await reply(org.slug, filed.id, readKey, "Hi")).status).toBe(403);
    expect((await db.privacyRequest.findUniqueOrThrow({ where: { id: filed.id } })).status).toBe("NEW");
    expect(await db.outboxEmail.count({ where: { toAddress: filed.subjectEmail, subject: { contains: "reply" } } })).toBe(0);
  });
});

describe("requests", () => {
  it("lists with the queue's filters, masked, in keyset pages", async () => {
    const own = await createTestOrganization(db);
    const ownAdmin = await createStaff(db, own, "ADMIN");
    const key = (await newKey(ownAdmin, "READ")).token;
    const relationshipId = own.relationships[0]!.id;
    const base = new Date("2026-03-01T00:00:00Z").getTime();
    await db.privacyRequest.createMany({
      data: Array.from({ length: 55 }, (_, i) => ({
        organizationId: own.id,
        reference: `${own.slug.toUpperCase().replace(/-/g, "")}-2026-${String(i + 1).padStart(6, "0")}`,
        type: i % 5 === 0 ? ("DELETION" as const) : ("ACCESS" as const),
        status: "NEW" as const,
        queue: "CONTROLLER" as const,
        relationshipId,
        subjectName: `Aroha Ngata ${i}`,
        subjectEmail: `aroha${i}@example.nz`,
        jurisdiction: "NZ",
        receivedAt: new Date(base + i * 60_000),
        verifiedAt: new Date(base + i * 60_000),
        dueAt: new Date(base + 20 * 86_400_000 + i * 60_000),
      })),
    });
    const first = await list(own.slug, key);
    expect(first.status).toBe(200);
    const page1 = (await first.json()) as { data: { id: string; subject: { email: string } }[]; nextCursor: string | null };
    expect(page1.data).toHaveLength(50);
    expect(page1.data[0]!.subject.email).toBe("a•••@e•••.nz");
    expect(JSON.stringify(page1)).not.toContain("aroha0@example.nz");
    const second = (await (await list(own.slug, key, `?after=${page1.nextCursor}`)).json()) as typeof page1;
    expect(second.data).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...page1.data, ...second.data].map((r) => r.id)).size).toBe(55);

    const deletions = (await (await list(own.slug, key, "?type=deletion")).json()) as typeof page1;
    expect(deletions.data).toHaveLength(11);
    const byEmail = (await (await list(own.slug, key, "?q=AROHA7@example.nz")).json()) as typeof page1;
    expect(byEmail.data).toHaveLength(1);
    const closed = (await (await list(own.slug, key, "?status=closed")).json()) as typeof page1;
    expect(closed.data).toHaveLength(0);
    const mine = await list(own.slug, key, "?assignee=me");
    expect(mine.status).toBe(422);
    expect((await errorOf(mine)).fieldErrors?.assignee).toEqual(["assignee=me has no meaning for an API key: use a member's id, unassigned or any."]);

    // Every answer is what openapi.json documents.
    expect(apiRequestListSchema.safeParse(page1).error).toBeUndefined();
    // Values are read as the dashboard reads them: any case, the status as the API writes it.
    const inProgress = await list(own.slug, key, "?status=IN_PROGRESS&type=Deletion&sort=received&due=30&assignee=unassigned");
    expect(inProgress.status).toBe(200);
    expect(((await inProgress.json()) as typeof page1).data).toHaveLength(0);
  });

  it("refuses a filter value it does not know with 422, naming the allowed values, instead of listing something else", async () => {
    const cases: [string, string, RegExp][] = [
      ["?status=opne", "status", /^Use one of: open, closed, all, new, in-progress, awaiting-subject, completed, denied, withdrawn\.$/],
      ["?type=acess", "type", /^Use one of: all, access, correction, deletion, export, /],
      ["?queue=controler", "queue", /^Use one of: controller, processor\.$/],
      ["?sort=newest", "sort", /^Use one of: due, received\.$/],
      ["?assignee=nobody", "assignee", /^Use one of: any, unassigned, a member's id\.$/],
      ["?due=400", "due", /^Use one of: any, overdue, a whole number of days from 0 to 366\.$/],
      ["?due=soon", "due", /^Use one of: any, overdue, /],
      ["?after=not%20a%20cursor", "after", /nextCursor/],
      [`?q=${"x".repeat(255)}`, "q", /254 characters/],
      ["?q=a%00b%40example.com", "q", /control characters/],
    ];
    for (const [query, field, allowed] of cases) {
      const response = await list(org.slug, readKey, query);
      expect(response.status, query).toBe(422);
      const error = await errorOf(response);
      expect(error.code, query).toBe("validation_failed");
      expect(Object.keys(error.fieldErrors ?? {}), query).toEqual([field]);
      expect(error.fieldErrors?.[field]?.[0], query).toMatch(allowed);
      expect(error.message, query).toContain(`${field}: `);
    }
    expect((await list(org.slug, readKey, "?after=&before=")).status, "an empty cursor is none").toBe(200);
    const two = await errorOf(await list(org.slug, readKey, "?status=opne&sort=newest"));
    expect(Object.keys(two.fieldErrors ?? {}).sort()).toEqual(["sort", "status"]);

    const filed = await createVerifiedRequest(db, org);
    const read = (query: string) => getRequest(call(`/api/v1/orgs/${org.slug}/requests/${filed.id}${query}`, { key: readKey }), params({ orgSlug: org.slug, requestId: filed.id }));
    const badReveal = await read("?reveal=yes");
    expect(badReveal.status).toBe(422);
    expect((await errorOf(badReveal)).fieldErrors).toEqual({ reveal: ["Use one of: true, false, 1, 0."] });
    expect(await db.auditEvent.count({ where: { targetId: filed.id, action: "subject.revealed" } })).toBe(0);
    const plain = await read("?reveal=false");
    expect(plain.status).toBe(200);
    expect(apiRequestReadSchema.safeParse(await plain.json()).error).toBeUndefined();
  });

  it("shows one request masked, and its subject only when revealed, which is audited", async () => {
    const filed = await createVerifiedRequest(db, org);
    const masked = await getRequest(call(`/api/v1/orgs/${org.slug}/requests/${filed.id}`, { key: readKey }), params({ orgSlug: org.slug, requestId: filed.id }));
    expect(masked.status).toBe(200);
    const body = (await masked.json()) as { data: { reference: string; subject: { name: string; email: string }; actions: string[] } };
    expect(body.data.reference).toBe(filed.reference);
    expect(body.data.subject.name).toBe("A•••a N•••a");
    expect(body.data.actions).toEqual([]);
    expect(await db.auditEvent.count({ where: { targetId: filed.id, action: "subject.revealed" } })).toBe(0);

    // A read key borrows the viewer's role, which may not reveal: 403, nothing recorded, nothing shown.
    const refused = await getRequest(call(`/api/v1/orgs/${org.slug}/requests/${filed.id}?reveal=true`, { key: readKey }), params({ orgSlug: org.slug, requestId: filed.id }));
    expect(refused.status).toBe(403);
    const refusal = await refused.text();
    expect(JSON.parse(refusal)).toMatchObject({ error: { code: "insufficient_scope" } });
    expect(refusal).not.toContain(filed.subjectEmail);
    expect(await db.auditEvent.count({ where: { targetId: filed.id, action: "subject.revealed" } })).toBe(0);

    const revealed = await getRequest(call(`/api/v1/orgs/${org.slug}/requests/${filed.id}?reveal=true`, { key: writeKey }), params({ orgSlug: org.slug, requestId: filed.id }));
    expect(revealed.status).toBe(200);
    expect(((await revealed.json()) as typeof body).data.subject.email).toBe(filed.subjectEmail);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: filed.id, action: "subject.revealed" } });
    expect(audit).toMatchObject({ targetType: "PrivacyRequest" });
    expect(audit.actorEmail).toMatch(/^API key "CRM sync" \(rdk_.{6}…\)$/);
  });

  it("exports the request log with identifiers for a write key only", async () => {
    const from = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const exportWith = (key: string) =>
      exportRequests(call(`/api/v1/orgs/${org.slug}/exports/requests?format=csv&from=${from}&to=${to}&identifiers=true`, { key }), params({ orgSlug: org.slug }));
    const refused = await exportWith(readKey);
    expect(refused.status).toBe(403);
    expect(await errorOf(refused)).toMatchObject({ code: "insufficient_scope" });
    const allowed = await exportWith(writeKey);
    expect(allowed.status).toBe(200);
    expect((await allowed.text()).split("\n")[0]).toContain("subject_email");
  });

  it("asks the subject a question only with a reason the documentation lists, and stores it on the pause", async () => {
    const filed = await createVerifiedRequest(db, org);
    const before = await db.privacyRequest.findUniqueOrThrow({ where: { id: filed.id } });
    const noReason = await action(org.slug, filed.id, writeKey, { action: "requestInfo", question: "Which account?" });
    expect(noReason.status).toBe(422);
    expect((await errorOf(noReason)).fieldErrors?.reason).toEqual(["Choose what you are asking the subject for."]);
    const badReason = await action(org.slug, filed.id, writeKey, { action: "requestInfo", reason: "WHIM", question: "Which account?" });
    expect(badReason.status).toBe(422);
    expect(await db.privacyRequest.findUniqueOrThrow({ where: { id: filed.id } })).toEqual(before);
    expect(await db.requestPause.count({ where: { requestId: filed.id } })).toBe(0);

    const asked = await action(org.slug, filed.id, writeKey, { action: "requestInfo", reason: "FEE", question: "Please pay the fee." });
    expect(asked.status).toBe(200);
    expect(await db.requestPause.findFirstOrThrow({ where: { requestId: filed.id } })).toMatchObject({ reason: "FEE", endedAt: null });
  });

  it("changes status only through the state machine, and a refused transition changes nothing", async () => {
    const filed = await createVerifiedRequest(db, org);
    const started = await action(org.slug, filed.id, writeKey, { action: "start" });
    expect(started.status).toBe(200);
    expect(((await started.json()) as { data: { status: string } }).data.status).toBe("IN_PROGRESS");

    const tooShort = await action(org.slug, filed.id, writeKey, { action: "deny", reason: "no" });
    expect(tooShort.status).toBe(422);
    expect((await errorOf(tooShort)).fieldErrors?.reason).toEqual(["The reason must be at least 10 characters."]);

    const denied = await action(org.slug, filed.id, writeKey, { action: "deny", reason: "We hold no account for this address." });
    expect(denied.status).toBe(200);
    const before = await db.privacyRequest.findUniqueOrThrow({ where: { id: filed.id } });
    const events = await db.requestEvent.count({ where: { requestId: filed.id } });
    const refused = await action(org.slug, filed.id, writeKey, { action: "resume" });
    expect(refused.status).toBe(409);
    expect(await errorOf(refused)).toMatchObject({ code: "not_allowed" });
    expect(await db.privacyRequest.findUniqueOrThrow({ where: { id: filed.id } })).toEqual(before);
    expect(await db.requestEvent.count({ where: { requestId: filed.id } })).toBe(events);

    const unknown = await action(org.slug, filed.id, writeKey, { action: "launch" });
    expect(unknown.status).toBe(422);
    expect((await errorOf(unknown)).fieldErrors?.action?.[0]).toMatch(/^Name the action/);
    const notJson = await postAction(
      call(`/api/v1/orgs/${org.slug}/requests/${filed.id}/actions`, { method: "POST", key: writeKey, body: "{", headers: { "content-type": "application/json" } }),
      params({ orgSlug: org.slug, requestId: filed.id }),
    );
    expect(await errorOf(notJson)).toMatchObject({ code: "invalid_body" });
  });

  it("sends a reply to the subject's outbox, with history and audit naming the key", async () => {
    const filed = await createVerifiedRequest(db, org);
    const sent = await reply(org.slug, filed.id, writeKey, "We are gathering your order history.");
    expect(sent.status).toBe(201);
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: filed.subjectEmail, textBody: { contains: "We are gathering your order history." } } });
    expect(email.status).toBe("PENDING");
    const event = await db.requestEvent.findFirstOrThrow({ where: { requestId: filed.id, message: { contains: "gathering" } } });
    expect(event.actorUserId).toBeNull();
    expect(event.actorApiKeyId).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: filed.id, action: "request.reply" } });
    expect(audit.actorEmail).toMatch(/^API key "CRM sync" \(rdk_/);
    expect(audit.actorApiKeyId).toBe(event.actorApiKeyId);
    // Staff read who did it in the request's history.
    const detail = await getRequest(call(`/api/v1/orgs/${org.slug}/requests/${filed.id}`, { key: readKey }), params({ orgSlug: org.slug, requestId: filed.id }));
    const history = ((await detail.json()) as { data: { history: { by: string; message: string }[] } }).data.history;
    expect(history.find((h) => h.message.includes("gathering"))?.by).toBe('API key "CRM sync"');
    expect((await reply(org.slug, filed.id, writeKey, "   ")).status).toBe(422);
  });

  it("completes with files checked by content and size, as the dashboard does", async () => {
    const filed = await createVerifiedRequest(db, org, { type: "ACCESS" });
    const upload = (files: { name: string; bytes: Uint8Array<ArrayBuffer> }[]) => {
      const form = new FormData();
      form.set("outcome", "FULFILLED");
      form.set("message", "Here is a copy of your data.");
      for (const f of files) form.append("files", new File([f.bytes], f.name));
      return postFiles(call(`/api/v1/orgs/${org.slug}/requests/${filed.id}/files`, { method: "POST", key: writeKey, body: form }), params({ orgSlug: org.slug, requestId: filed.id }));
    };
    const disguised = await upload([{ name: "data.pdf", bytes: new TextEncoder().encode("MZ this is not a PDF") }]);
    expect(disguised.status).toBe(422);
    expect((await errorOf(disguised)).fieldErrors?.files?.[0]).toMatch(/data\.pdf/);
    const tooBig = await upload([{ name: "big.pdf", bytes: new Uint8Array(21 * 1024 * 1024) }]);
    expect(tooBig.status).toBe(422);
    expect((await errorOf(tooBig)).fieldErrors?.files?.[0]).toMatch(/at most 20\.0 MB/);
    expect(await db.requestFile.count({ where: { requestId: filed.id } })).toBe(0);

    const done = await upload([{ name: "your-data.pdf", bytes: pdfBytes() }]);
    expect(done.status).toBe(201);
    const file = await db.requestFile.findFirstOrThrow({ where: { requestId: filed.id } });
    expect(file).toMatchObject({ filename: "your-data.pdf", contentType: "application/pdf", uploadedById: null });
    expect((await db.privacyRequest.findUniqueOrThrow({ where: { id: filed.id } })).status).toBe("COMPLETED");

    const notMultipart = await postFiles(
      call(`/api/v1/orgs/${org.slug}/requests/${filed.id}/files`, { method: "POST", key: writeKey, json: {} }),
      params({ orgSlug: org.slug, requestId: filed.id }),
    );
    expect(await errorOf(notMultipart)).toMatchObject({ code: "unsupported_media_type" });
  });
});

describe("export", () => {
  it("streams the request log as CSV with the dashboard's columns, audited as the key", async () => {
    const filed = await createVerifiedRequest(db, org);
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const response = await exportRequests(call(`/api/v1/orgs/${org.slug}/exports/requests?format=csv&from=${yesterday}&to=${tomorrow}`, { key: readKey }), params({ orgSlug: org.slug }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual(requestLogColumns({ includeIdentifiers: false }).map((c) => c.key));
    expect(rows.some((r) => r.includes(filed.reference))).toBe(true);
    expect(rows.flat().join()).not.toContain(filed.subjectEmail);
    // The audit record is written when the stream ends.
    await expect.poll(() => db.auditEvent.findFirst({ where: { organizationId: org.id, action: "request_log.exported", after: { path: ["includesSubjectIdentifiers"], equals: false } } })).toMatchObject({
      actorEmail: expect.stringMatching(/^API key "Reporting"/),
    });

    const badFormat = await exportRequests(call(`/api/v1/orgs/${org.slug}/exports/requests?format=xls&from=${yesterday}&to=${today}`, { key: readKey }), params({ orgSlug: org.slug }));
    expect(badFormat.status).toBe(422);
    expect((await errorOf(badFormat)).fieldErrors).toEqual({ format: ["Choose CSV or NDJSON."] });
    const backwards = await exportRequests(call(`/api/v1/orgs/${org.slug}/exports/requests?format=csv&from=${today}&to=${yesterday}`, { key: readKey }), params({ orgSlug: org.slug }));
    expect((await errorOf(backwards)).fieldErrors).toEqual({ to: ["The last day must be the first day or later."] });
  });
});

describe("openapi.json", () => {
  async function document(query = "") {
    const response = await getOpenApi(call(`/api/v1/openapi.json${query}`), params({} as Record<string, never>));
    expect(response.status).toBe(200);
    return (await response.json()) as { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>> };
  }

  it("documents request bodies with the very schemas the app parses", async () => {
    const doc = await document(`?org=${org.slug}`);
    expect(doc.openapi).toBe("3.1.0");
    const filing = doc.paths["/api/v1/orgs/{orgSlug}/requests"]!.post!.requestBody!.content["application/json"]!.schema;
    expect(filing).toEqual(z.toJSONSchema(requestSchemaFor(org), JSON_SCHEMA_OPTIONS));
    const replyBody = doc.paths["/api/v1/orgs/{orgSlug}/requests/{requestId}/replies"]!.post!.requestBody!.content["application/json"]!.schema;
    expect(replyBody).toEqual(z.toJSONSchema(replySchema, JSON_SCHEMA_OPTIONS));
    const actionBodies = doc.paths["/api/v1/orgs/{orgSlug}/requests/{requestId}/actions"]!.post!.requestBody!.content["application/json"]!.schema as {
      oneOf: { title: string }[];
    };
    const requestInfo = JSON.stringify(actionBodies.oneOf.find((body) => body.title === "requestInfo"));
    expect(requestInfo).toContain(JSON.stringify(["IDENTITY", "FEE", "CLARIFICATION", "LARGE_VOLUME_CLARIFICATION", "OTHER"]));
    expect(requestInfo).toContain(`"required":["action","reason","question"]`);
  });

  it("documents every answer and the list's filters with the schemas the handlers use, under the Apache-2.0 licence", async () => {
    const doc = (await document()) as unknown as {
      info: { license: unknown };
      paths: Record<string, Record<string, { parameters?: { name: string; schema: unknown }[]; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
    };
    expect(doc.info.license).toEqual({ name: "Apache License 2.0", identifier: "Apache-2.0" });
    const answer = (p: string, method: string, status: string) => doc.paths[p]![method]!.responses[status]!.content!["application/json"]!.schema;
    expect(answer("/api/v1/orgs/{orgSlug}/requests", "get", "200")).toEqual(z.toJSONSchema(apiRequestListSchema, RESPONSE_JSON_SCHEMA_OPTIONS));
    expect(answer("/api/v1/orgs/{orgSlug}/requests/{requestId}", "get", "200")).toEqual(z.toJSONSchema(apiRequestReadSchema, RESPONSE_JSON_SCHEMA_OPTIONS));
    // No 2xx answer is left as a bare object.
    for (const [p, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (p === "/api/v1/openapi.json" || method === "parameters") continue;
        for (const [status, response] of Object.entries(operation.responses)) {
          if (!status.startsWith("2") || !response.content?.["application/json"]) continue;
          expect(response.content["application/json"].schema, `${method} ${p} ${status}`).toHaveProperty("properties");
        }
      }
    }
    const status = doc.paths["/api/v1/orgs/{orgSlug}/requests"]!.get!.parameters!.find((q) => q.name === "status");
    expect(status?.schema).toEqual({ type: "string", enum: ["open", "closed", "all", "new", "in-progress", "awaiting-subject", "completed", "denied", "withdrawn"] });
  });

  it("documents every route under app/api/v1, each of its methods", async () => {
    const doc = await document();
    const root = path.join(process.cwd(), "app/api/v1");
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name === "route.ts") routes.push(full);
      }
    };
    walk(root);
    expect(routes.length).toBeGreaterThanOrEqual(7);
    for (const file of routes) {
      const apiPath = `/api/v1/${path.relative(root, path.dirname(file)).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
      const methods = [...readFileSync(file, "utf8").matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
      expect(Object.keys(doc.paths), apiPath).toContain(apiPath);
      for (const method of methods) expect(doc.paths[apiPath], `${method} ${apiPath}`).toHaveProperty(method);
    }
  });

  it("answers 404 for an unknown organization", async () => {
    const response = await getOpenApi(call("/api/v1/openapi.json?org=no-such-org"), params({} as Record<string, never>));
    expect(response.status).toBe(404);
  });
});
