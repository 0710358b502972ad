// Idempotency-Key on the public filing endpoint, through its route handler against a real database: a retry
// replays the first answer and files nothing, another body under the same key is refused, concurrent
// duplicates file once, keys belong to one organization, and a key is forgotten after 24 hours.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as fileViaApi } from "@/app/api/v1/orgs/[orgSlug]/requests/route";
import { getDb } from "@/lib/db/client";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { fileRequest } from "@/lib/requests/file-request";
import { createTestOrganization } from "@/lib/testing/test-organization";
import { pruneIdempotencyKeys } from "./prune-idempotency-keys";
import { IDEMPOTENCY_TTL_MS } from "./record-idempotency-key";

const body = (email: string) => ({ type: "ACCESS", relationship: "customer", name: "Aroha Ngata", email, jurisdiction: "NZ" });

function post(orgSlug: string, json: unknown, key?: string, rawBody?: string) {
  const headers: Record<string, string> = { "content-type": "application/json", [CLIENT_IP_HEADER]: `198.51.100.${Math.floor(Math.random() * 250)}` };
  if (key !== undefined) headers["idempotency-key"] = key;
  const request = new Request(`http://localhost/api/v1/orgs/${orgSlug}/requests`, { method: "POST", headers, body: rawBody ?? JSON.stringify(json) });
  return fileViaApi(request, { params: Promise.resolve({ orgSlug }) });
}

async function filed(organizationId: string) {
  const db = await getDb();
  return {
    requests: await db.privacyRequest.count({ where: { organizationId } }),
    emails: await db.outboxEmail.count({ where: { organizationId } }),
  };
}

describe("Idempotency-Key on POST /api/v1/orgs/{org}/requests", () => {
  it("replays the first answer to a retry with the same body, and files nothing more", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const key = randomUUID();
    const first = await post(org.slug, body("retry@example.nz"), key);
    expect(first.status).toBe(202);
    expect(first.headers.get("idempotent-replayed")).toBeNull();

    // The same JSON with its keys in another order is the same body.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(body("retry@example.nz")).reverse()));
    const again = await post(org.slug, null, key, reordered);
    expect(again.status).toBe(202);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(await first.json());
    expect(await filed(org.id)).toEqual({ requests: 1, emails: 1 });

    const stored = await db.idempotencyKey.findFirstOrThrow({ where: { organizationId: org.id } });
    const request = await db.privacyRequest.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(stored.requestId).toBe(request.id);
    expect(stored.keyHash).not.toContain(key); // only the hash is kept
  });

  it("refuses the same key with a different body (422 idempotency_key_reused) and files nothing", async () => {
    const org = await createTestOrganization(await getDb());
    const key = randomUUID();
    expect((await post(org.slug, body("first@example.nz"), key)).status).toBe(202);
    const reused = await post(org.slug, body("second@example.nz"), key);
    expect(reused.status).toBe(422);
    expect(((await reused.json()) as { error: { code: string } }).error.code).toBe("idempotency_key_reused");
    expect(await filed(org.id)).toEqual({ requests: 1, emails: 1 });
  });

  it("files once when duplicates arrive at the same time, and every one of them answers 202", async () => {
    const org = await createTestOrganization(await getDb());
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(org.slug, body("race@example.nz"), key)));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202, 202, 202]);
    expect(answers.filter((a) => a.headers.get("idempotent-replayed") === "true")).toHaveLength(5);
    expect(await filed(org.id)).toEqual({ requests: 1, emails: 1 });
  });

  it("keeps keys apart per organization: the same key files in each", async () => {
    const db = await getDb();
    const [a, b] = [await createTestOrganization(db), await createTestOrganization(db)];
    const key = randomUUID();
    expect((await post(a.slug, body("one@example.nz"), key)).headers.get("idempotent-replayed")).toBeNull();
    const inOther = await post(b.slug, body("one@example.nz"), key);
    expect(inOther.status).toBe(202);
    expect(inOther.headers.get("idempotent-replayed")).toBeNull();
    expect(await filed(a.id)).toEqual({ requests: 1, emails: 1 });
    expect(await filed(b.id)).toEqual({ requests: 1, emails: 1 });
  });

  it("answers 400 to a key that is empty, too long or not printable, and files nothing", async () => {
    const org = await createTestOrganization(await getDb());
    for (const bad of ["", "x".repeat(256), "tab\there"]) {
      const answer = await post(org.slug, body("bad-key@example.nz"), bad);
      expect(answer.status).toBe(400);
      expect(((await answer.json()) as { error: { code: string } }).error.code).toBe("invalid_header");
    }
    expect(await filed(org.id)).toEqual({ requests: 0, emails: 0 });
  });

  it("does not store a refused filing: the key works once the body is valid", async () => {
    const org = await createTestOrganization(await getDb());
    const key = randomUUID();
    expect((await post(org.slug, { ...body("fix@example.nz"), email: "not an email" }, key)).status).toBe(422);
    const fixed = await post(org.slug, body("fix@example.nz"), key);
    expect(fixed.status).toBe(202);
    expect(fixed.headers.get("idempotent-replayed")).toBeNull();
    expect(await filed(org.id)).toEqual({ requests: 1, emails: 1 });
  });

  it("forgets a key after 24 hours: filing again then files anew, and the worker's prune removes it", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const key = randomUUID();
    const start = new Date("2026-11-20T09:00:00Z");
    const file = (now: Date) =>
      fileRequest({ orgSlug: org.slug, raw: body("later@example.nz"), channel: "API", ip: `192.0.2.${Math.floor(Math.random() * 250)}`, now, idempotency: { key, answer: { status: 202, body: { status: "verification_sent" } } } });
    expect(await file(start)).toEqual({ kind: "accepted" });
    expect((await file(new Date(start.getTime() + IDEMPOTENCY_TTL_MS - 1000))).kind).toBe("replayed");
    expect(await file(new Date(start.getTime() + IDEMPOTENCY_TTL_MS + 1000))).toEqual({ kind: "accepted" });
    expect(await filed(org.id)).toEqual({ requests: 2, emails: 2 });

    expect(await db.idempotencyKey.count({ where: { organizationId: org.id } })).toBe(1);
    await pruneIdempotencyKeys(new Date(start.getTime() + 3 * IDEMPOTENCY_TTL_MS));
    expect(await db.idempotencyKey.count({ where: { organizationId: org.id } })).toBe(0);
  });
});
