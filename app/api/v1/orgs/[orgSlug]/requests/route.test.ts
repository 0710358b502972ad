// The JSON intake endpoint answers every kind of bad input with the right status, never a 500.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { POST } from "./route";

process.env.RATE_LIMIT_MAX = "3";

let org: TestOrganization;
beforeAll(async () => {
  org = await createTestOrganization(await getDb());
});

const valid = { type: "DELETION", relationship: "customer", name: "Mere Tane", email: "mere@example.nz", jurisdiction: "NZ" };

function post(slug: string, body: BodyInit, { type = "application/json", ip = "192.0.2.1" } = {}) {
  const request = new Request(`http://localhost/api/v1/orgs/${slug}/requests`, {
    method: "POST",
    headers: { "content-type": type, [CLIENT_IP_HEADER]: ip },
    body,
  });
  return POST(request, { params: Promise.resolve({ orgSlug: slug }) });
}

describe("POST /api/v1/orgs/{orgSlug}/requests", () => {
  it("accepts a valid request with 202 and reveals nothing about the subject", async () => {
    const response = await post(org.slug, JSON.stringify(valid), { ip: "192.0.2.10" });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ status: "verification_sent" });
    const db = await getDb();
    const request = await db.privacyRequest.findFirstOrThrow({ where: { organizationId: org.id, subjectEmail: "mere@example.nz" } });
    expect(request.channel).toBe("API");
  });

  it("files in the language it is given: the request keeps it and its verification email speaks it", async () => {
    const response = await post(org.slug, JSON.stringify({ ...valid, email: "claire@example.fr", locale: "fr" }), { ip: "192.0.2.13" });
    expect(response.status).toBe(202);
    const db = await getDb();
    const request = await db.privacyRequest.findFirstOrThrow({ where: { organizationId: org.id, subjectEmail: "claire@example.fr" } });
    expect(request.locale).toBe("fr");
    const email = await db.outboxEmail.findFirstOrThrow({ where: { organizationId: org.id, toAddress: "claire@example.fr" } });
    expect(email.subject).toBe(`Confirmez votre demande à ${org.name}`);
  });

  it("files in the organization's language when none is given, and refuses a language it does not speak", async () => {
    const db = await getDb();
    await post(org.slug, JSON.stringify({ ...valid, email: "default@example.nz" }), { ip: "192.0.2.14" });
    const request = await db.privacyRequest.findFirstOrThrow({ where: { organizationId: org.id, subjectEmail: "default@example.nz" } });
    expect(request.locale).toBe("en");
    const response = await post(org.slug, JSON.stringify({ ...valid, locale: "xx" }), { ip: "192.0.2.15" });
    expect(response.status).toBe(422);
    expect((await response.json()).error.fieldErrors.locale).toEqual(["Choose one of the languages: en, nb, de, fr, es or pt-BR."]);
  });

  it("answers 422 validation_failed with field errors for invalid input", async () => {
    const response = await post(org.slug, JSON.stringify({ ...valid, email: "nope", type: "SELL_MY_SOUL" }), { ip: "192.0.2.11" });
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe("validation_failed");
    expect(error.fieldErrors.email).toEqual(["Enter an email address like name@example.com."]);
    expect(error.fieldErrors.type).toEqual(["Choose what you would like us to do."]);
  });

  it.each([
    ["not JSON at all", "{oops", 400],
    ["a JSON array", "[1,2]", 400],
    ["JSON null", "null", 400],
  ])("answers 400 invalid_body for %s", async (_what, body, status) => {
    const response = await post(org.slug, body, { ip: "192.0.2.12" });
    expect(response.status).toBe(status);
    expect((await response.json()).error.code).toBe("invalid_body");
  });

  it("answers 404 for an unknown organization", async () => {
    const response = await post("no-such-org", JSON.stringify(valid));
    expect(response.status).toBe(404);
    expect((await response.json()).error).toEqual({ code: "not_found", message: "No organization with this slug." });
  });

  it("answers 413 for a body over 64 KB", async () => {
    const response = await post(org.slug, JSON.stringify({ ...valid, details: "x".repeat(70 * 1024) }));
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
  });

  it("answers 415 for a body that is not JSON", async () => {
    const response = await post(org.slug, "type=ACCESS", { type: "application/x-www-form-urlencoded" });
    expect(response.status).toBe(415);
    expect((await response.json()).error.code).toBe("unsupported_media_type");
  });

  it("answers 429 with Retry-After once an address files too many requests", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(org.slug, JSON.stringify({ ...valid, email: `r${i}@example.nz` }), { ip: "198.51.100.7" })).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
    const limited = await post(org.slug, JSON.stringify(valid), { ip: "198.51.100.7" });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe("rate_limited");
    // Another address is not affected.
    expect((await post(org.slug, JSON.stringify(valid), { ip: "198.51.100.8" })).status).toBe(202);
  });

  it("counts an IPv6 client by its /64: a new address in the same network files no more", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i++) statuses.push((await post(org.slug, JSON.stringify({ ...valid, email: `v6-${i}@example.nz` }), { ip: `2001:db8:77:1::${i}` })).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
    expect((await post(org.slug, JSON.stringify(valid), { ip: "2001:db8:77:1:ffff:ffff:ffff:ffff" })).status).toBe(429);
    expect((await post(org.slug, JSON.stringify(valid), { ip: "2001:db8:77:2::1" })).status).toBe(202);
  });
});
