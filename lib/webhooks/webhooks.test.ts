// Webhooks end to end against the real database and a real HTTP receiver on 127.0.0.1, with the clock
// injected: which changes produce which events, for whom, signed how; retries, giving up, two dispatchers at
// once; the secret at rest; the SSRF rules; and the reminder points' events, once each.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type PrismaClient } from "@/lib/db/client";
import { SecretUnreadableError } from "@/lib/crypto/secret-box";
import { assignRequest } from "@/lib/requests/assign-request";
import { completeRequest } from "@/lib/requests/complete-request";
import { denyRequest } from "@/lib/requests/deny-request";
import { answerFromSubject } from "@/lib/requests/answer-from-subject";
import { requestInformation } from "@/lib/requests/request-information";
import { createStaff, createVerifiedRequest, pdfBytes } from "@/lib/requests/test-fixtures";
import { sweepReminders } from "@/lib/reminders/sweep-reminders";
import { useOwnDatabase } from "@/lib/testing/own-database";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from "@/lib/testing/webhook-receiver";
import { resolveWebhookTarget } from "./check-webhook-url";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { dispatchWebhooks, RETRY_DELAYS_MS, WEBHOOK_MAX_ATTEMPTS } from "./dispatch-webhooks";
import { openEndpointSecret } from "./endpoint-secret";
import type { WebhookEventType } from "./events";
import { createPostWebhook } from "./post-webhook";
import { retryWebhookDelivery } from "./retry-webhook-delivery";
import { rollWebhookSecret } from "./roll-webhook-secret";
import { sendTestWebhook } from "./send-test-webhook";
import { setWebhookEndpointEnabled } from "./set-webhook-endpoint-enabled";
import { signWebhook } from "./sign-webhook";
import { verifyWebhookSignature } from "./verify-webhook-signature";

useOwnDatabase();

let db: PrismaClient;
let receiver: WebhookReceiver;
const post = createPostWebhook({ allowPrivateNetwork: true, timeoutMs: 3000 });

beforeAll(async () => {
  db = await getDb();
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver?.close();
});

const ALL: WebhookEventType[] = ["request.verified", "request.status_changed", "request.due_soon", "request.overdue", "request.closed"];

async function endpointFor(org: TestOrganization, events: WebhookEventType[] = ALL, url = receiver.url) {
  const admin = await createStaff(db, org, "ADMIN");
  const created = await createWebhookEndpoint({ context: admin, input: { url, description: "CRM", events }, now: new Date(), allowPrivateNetwork: true });
  if (!created.ok) throw new Error(created.error);
  return { admin, ...created };
}

/** Dispatches until nothing is due at `now`. */
async function deliverAll(now: Date) {
  for (let i = 0; i < 20; i++) if ((await dispatchWebhooks({ now, post, limit: 50 })).claimed === 0) return;
}

const later = (ms = 1000) => new Date(Date.now() + ms);
const parsed = (w: ReceivedWebhook) => JSON.parse(w.body) as { id: string; type: string; organization: { slug: string }; data: { request: Record<string, unknown> } };
const forOrg = (org: TestOrganization) => receiver.received.filter((w) => parsed(w).organization.slug === org.slug);

describe("events from request changes", () => {
  it("a confirmed request sends a signed request.verified the receiver verifies, without the subject's identifiers", async () => {
    const org = await createTestOrganization(db);
    const { secret } = await endpointFor(org);
    const filed = await createVerifiedRequest(db, org);
    const now = later();
    await deliverAll(now);

    const got = forOrg(org);
    expect(got.map((w) => parsed(w).type).sort()).toEqual(["request.status_changed", "request.verified"]);
    const verified = got.find((w) => parsed(w).type === "request.verified")!;
    expect(verified.headers["content-type"]).toBe("application/json");
    expect(verified.headers["user-agent"]).toBe("Rightsdesk-Webhooks/1");
    expect(verified.headers["rightsdesk-event-type"]).toBe("request.verified");
    expect(verified.headers["rightsdesk-event-id"]).toBe(parsed(verified).id);
    expect(verifyWebhookSignature({ secret, header: verified.headers["rightsdesk-signature"] as string, body: verified.body, now })).toMatchObject({ ok: true });
    expect(parsed(verified).data.request).toMatchObject({ id: filed.id, reference: filed.reference, status: "NEW", queue: "CONTROLLER", type: "ACCESS" });
    expect(verified.body).not.toContain(filed.subjectEmail);
    expect(verified.body).not.toContain("Aroha");
    expect(verified.body).not.toContain("order history");
    const changed = got.find((w) => parsed(w).type === "request.status_changed")!;
    expect(parsed(changed).data.request).toMatchObject({ status: "NEW", previousStatus: "PENDING_VERIFICATION" });

    const rows = await db.webhookDelivery.findMany({ where: { organizationId: org.id } });
    expect(rows.map((r) => [r.status, r.attempts, r.lastResponseStatus])).toEqual([
      ["DELIVERED", 1, 200],
      ["DELIVERED", 1, 200],
    ]);
  });

  it("staff changing the status and closing, and the subject answering, send status_changed and closed", async () => {
    const org = await createTestOrganization(db);
    await endpointFor(org, ["request.status_changed", "request.closed"]);
    const officer = await createStaff(db, org, "OFFICER");
    const filed = await createVerifiedRequest(db, org);
    await deliverAll(later());
    const before = forOrg(org).length;

    expect(await assignRequest({ context: officer, requestId: filed.id, input: { assigneeId: officer.user.id }, now: new Date() })).toMatchObject({ ok: true });
    expect(await requestInformation({ context: officer, requestId: filed.id, input: { reason: "IDENTITY", question: "Which shop?" }, now: new Date() })).toMatchObject({ ok: true });
    expect(await answerFromSubject({ orgSlug: org.slug, token: filed.statusToken, input: { answer: "Kiwi Shoes" }, ip: "203.0.113.9", now: new Date() })).toMatchObject({ ok: true });
    expect(
      await completeRequest({ context: officer, requestId: filed.id, input: { outcome: "FULFILLED", message: "Here it is.", files: [{ name: "data.pdf", bytes: pdfBytes() }] }, now: new Date() }),
    ).toMatchObject({ ok: true });
    await deliverAll(later(2000));

    const events = forOrg(org)
      .slice(before)
      .map((w) => parsed(w))
      .sort((a, b) => a.data.request.status === b.data.request.status ? a.type.localeCompare(b.type) : 0);
    const summary = events.map((e) => `${e.type}:${e.data.request.previousStatus}->${e.data.request.status}`).sort();
    expect(summary).toEqual(
      [
        "request.status_changed:NEW->IN_PROGRESS",
        "request.status_changed:IN_PROGRESS->AWAITING_SUBJECT",
        "request.status_changed:AWAITING_SUBJECT->IN_PROGRESS",
        "request.status_changed:IN_PROGRESS->COMPLETED",
        "request.closed:IN_PROGRESS->COMPLETED",
      ].sort(),
    );
    const closed = events.find((e) => e.type === "request.closed")!;
    expect(closed.data.request).toMatchObject({ outcome: "FULFILLED", reference: filed.reference });
    expect(closed.data.request.closedAt).toEqual(expect.any(String));
  });

  it("an endpoint not subscribed to an event, a disabled one and another organization's get nothing", async () => {
    const org = await createTestOrganization(db);
    const other = await createTestOrganization(db);
    const verifiedOnly = await startWebhookReceiver("/verified-only");
    const disabledReceiver = await startWebhookReceiver("/disabled");
    const otherReceiver = await startWebhookReceiver("/other");
    try {
      const { admin } = await endpointFor(org, ["request.verified"], verifiedOnly.url);
      const disabled = await endpointFor(org, ALL, disabledReceiver.url);
      expect(await setWebhookEndpointEnabled({ context: admin, endpointId: disabled.endpointId, enabled: false, now: new Date() })).toMatchObject({ ok: true });
      await endpointFor(other, ALL, otherReceiver.url);
      const officer = await createStaff(db, org, "OFFICER");
      const filed = await createVerifiedRequest(db, org);
      await denyRequest({ context: officer, requestId: filed.id, input: { reason: "We could not confirm your identity." }, now: new Date() });
      await deliverAll(later());

      expect(verifiedOnly.received.map((w) => parsed(w).type)).toEqual(["request.verified"]);
      expect(disabledReceiver.received).toEqual([]);
      expect(otherReceiver.received).toEqual([]);
    } finally {
      await Promise.all([verifiedOnly.close(), disabledReceiver.close(), otherReceiver.close()]);
    }
  });
});

describe("delivery", () => {
  it("a receiver answering 500 then 200 is retried after the backoff and gets the event once, with the same id", async () => {
    const org = await createTestOrganization(db);
    const own = await startWebhookReceiver("/flaky");
    try {
      await endpointFor(org, ["request.verified"], own.url);
      await createVerifiedRequest(db, org);
      own.answerWith(500);
      const t0 = later();
      const first = await dispatchWebhooks({ now: t0, post, random: () => 0.5 });
      expect(first).toMatchObject({ claimed: 1, retrying: 1 });
      const row = await db.webhookDelivery.findFirstOrThrow({ where: { organizationId: org.id } });
      expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastResponseStatus: 500, lastError: "The receiver answered HTTP 500." });
      expect(row.nextAttemptAt.getTime() - t0.getTime()).toBe(RETRY_DELAYS_MS[0]);

      expect((await dispatchWebhooks({ now: new Date(t0.getTime() + 30_000), post })).claimed).toBe(0);
      expect(await dispatchWebhooks({ now: new Date(t0.getTime() + 61_000), post })).toMatchObject({ claimed: 1, delivered: 1 });
      expect((await dispatchWebhooks({ now: new Date(t0.getTime() + 86_400_000), post })).claimed).toBe(0);

      expect(own.received).toHaveLength(2);
      expect(new Set(own.received.map((w) => w.headers["rightsdesk-event-id"])).size).toBe(1);
      expect(own.received[0]!.body).toBe(own.received[1]!.body);
      expect(await db.webhookDelivery.findFirstOrThrow({ where: { organizationId: org.id } })).toMatchObject({ status: "DELIVERED", attempts: 2, lastError: null });
    } finally {
      await own.close();
    }
  });

  it("a receiver that is down is tried with growing waits, then the delivery fails after the last attempt; retry now sends it again", async () => {
    const org = await createTestOrganization(db);
    const down = await startWebhookReceiver("/down");
    const url = down.url;
    await down.close(); // nothing listens on this port any more
    const { admin } = await endpointFor(org, ["request.verified"], url);
    await createVerifiedRequest(db, org);

    let now = later();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= WEBHOOK_MAX_ATTEMPTS; attempt++) {
      expect((await dispatchWebhooks({ now, post })).claimed).toBe(1);
      const row = await db.webhookDelivery.findFirstOrThrow({ where: { organizationId: org.id } });
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toBe("Connection refused.");
      if (attempt < WEBHOOK_MAX_ATTEMPTS) {
        expect(row.status).toBe("PENDING");
        waits.push(row.nextAttemptAt.getTime() - now.getTime());
        now = row.nextAttemptAt;
      } else expect(row.status).toBe("FAILED");
    }
    // Each wait grows, within the ±10 % jitter of its step; about a day in all.
    waits.forEach((wait, i) => {
      expect(wait).toBeGreaterThanOrEqual(RETRY_DELAYS_MS[i]! * 0.9);
      expect(wait).toBeLessThanOrEqual(RETRY_DELAYS_MS[i]! * 1.1);
    });
    const total = waits.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(18 * 3_600_000);
    expect(total).toBeLessThan(26 * 3_600_000);
    expect((await dispatchWebhooks({ now: new Date(now.getTime() + 7 * 86_400_000), post })).claimed).toBe(0);

    const failed = await db.webhookDelivery.findFirstOrThrow({ where: { organizationId: org.id } });
    const again = await startWebhookReceiver("/back");
    try {
      await db.webhookEndpoint.updateMany({ where: { organizationId: org.id }, data: { url: again.url } });
      expect(await retryWebhookDelivery({ context: admin, deliveryId: failed.id, now })).toMatchObject({ ok: true });
      await deliverAll(now);
      expect(again.received.map((w) => w.headers["rightsdesk-event-id"])).toEqual([failed.eventId]);
      expect(await retryWebhookDelivery({ context: admin, deliveryId: failed.id, now })).toMatchObject({ ok: false, code: "not_allowed" });
    } finally {
      await again.close();
    }
  });

  it("two dispatchers at once deliver each event once", async () => {
    const org = await createTestOrganization(db);
    const own = await startWebhookReceiver("/race");
    try {
      await endpointFor(org, ["request.verified"], own.url);
      for (let i = 0; i < 12; i++) await createVerifiedRequest(db, org);
      const now = later();
      const reports = await Promise.all([
        dispatchWebhooks({ now, post, limit: 8 }),
        dispatchWebhooks({ now, post, limit: 8 }),
        dispatchWebhooks({ now, post, limit: 8 }),
      ]);
      await deliverAll(now);
      expect(reports.reduce((n, r) => n + r.delivered, 0)).toBeGreaterThan(0);
      const ids = own.received.map((w) => w.headers["rightsdesk-event-id"]);
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
      expect(await db.webhookDelivery.count({ where: { organizationId: org.id, status: "DELIVERED", attempts: 1 } })).toBe(12);
    } finally {
      await own.close();
    }
  });

  it("a test event goes through the same outbox, signed with the secret rolled a moment ago", async () => {
    const org = await createTestOrganization(db);
    const own = await startWebhookReceiver("/ping");
    try {
      const { admin, endpointId, secret } = await endpointFor(org, ["request.closed"], own.url);
      const rolled = await rollWebhookSecret({ context: admin, endpointId, now: new Date() });
      if (!rolled.ok) throw new Error(rolled.error);
      expect(rolled.secret).not.toBe(secret);
      expect(await sendTestWebhook({ context: admin, endpointId, now: new Date() })).toMatchObject({ ok: true });
      const now = later();
      await deliverAll(now);
      expect(own.received).toHaveLength(1);
      const [ping] = own.received;
      expect(parsed(ping!).type).toBe("ping");
      const header = ping!.headers["rightsdesk-signature"] as string;
      expect(verifyWebhookSignature({ secret: rolled.secret, header, body: ping!.body, now })).toMatchObject({ ok: true });
      expect(verifyWebhookSignature({ secret, header, body: ping!.body, now })).toEqual({ ok: false, reason: "mismatch" });
    } finally {
      await own.close();
    }
  });
});

describe("signatures and secrets", () => {
  const secret = "whsec_test-secret";
  const body = JSON.stringify({ id: randomUUID(), type: "ping" });
  const sentAt = new Date("2027-01-01T12:00:00Z");
  const header = signWebhook(secret, body, sentAt);

  it("the verifier accepts the right secret within five minutes and refuses a wrong secret, a changed body or a stale timestamp", () => {
    expect(verifyWebhookSignature({ secret, header, body, now: new Date(sentAt.getTime() + 299_000) })).toMatchObject({ ok: true });
    expect(verifyWebhookSignature({ secret: "whsec_other", header, body, now: sentAt })).toEqual({ ok: false, reason: "mismatch" });
    expect(verifyWebhookSignature({ secret, header, body: body.replace("ping", "pong"), now: sentAt })).toEqual({ ok: false, reason: "mismatch" });
    expect(verifyWebhookSignature({ secret, header, body, now: new Date(sentAt.getTime() + 301_000) })).toEqual({ ok: false, reason: "stale" });
    expect(verifyWebhookSignature({ secret, header, body, now: new Date(sentAt.getTime() - 301_000) })).toEqual({ ok: false, reason: "stale" });
    expect(verifyWebhookSignature({ secret, header: "v1=abc", body, now: sentAt })).toEqual({ ok: false, reason: "malformed" });
    expect(verifyWebhookSignature({ secret, header: undefined, body, now: sentAt })).toEqual({ ok: false, reason: "malformed" });
  });

  it("the secret is stored encrypted: the column does not contain it, and an altered or moved value does not open", async () => {
    const org = await createTestOrganization(db);
    const { endpointId, secret } = await endpointFor(org, ["request.verified"]);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    expect(row.secretEncrypted).not.toContain(secret);
    expect(row.secretEncrypted).not.toContain(secret.slice(6, 20));
    expect(openEndpointSecret(row.secretEncrypted, endpointId)).toBe(secret);
    const [version, payload] = row.secretEncrypted.split(".");
    // One character changed: the second-to-last (the last may hold only padding bits), to one it is not.
    const at = payload!.length - 2;
    const flipped = `${version}.${payload!.slice(0, at)}${payload![at] === "A" ? "B" : "A"}${payload!.slice(at + 1)}`;
    expect(() => openEndpointSecret(flipped, endpointId)).toThrow(SecretUnreadableError);
    expect(() => openEndpointSecret(row.secretEncrypted, randomUUID())).toThrow(SecretUnreadableError);
    const audit = await db.auditEvent.findMany({ where: { organizationId: org.id, action: "webhook.create" } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(secret);
  });
});

describe("where webhooks may go", () => {
  it("refuses loopback, private, link-local and metadata addresses, http:// and credentials when the private network is closed", async () => {
    for (const url of ["https://127.0.0.1/h", "https://10.1.2.3/h", "https://169.254.169.254/latest/meta-data", "https://[::1]/h", "https://[::ffff:10.0.0.1]/h", "https://192.168.1.5/h", "https://[fd00::1]/h"]) {
      expect(await resolveWebhookTarget(url, { allowPrivateNetwork: false }), url).toMatchObject({ ok: false, error: expect.stringContaining("public addresses only") });
    }
    expect(await resolveWebhookTarget("http://93.184.215.14/h", { allowPrivateNetwork: false })).toMatchObject({ ok: false, error: "The address must start with https://." });
    expect(await resolveWebhookTarget("https://user:pw@93.184.215.14/h", { allowPrivateNetwork: false })).toMatchObject({ ok: false, error: expect.stringContaining("passwords") });
    // A public name that resolves to a private address is refused too.
    const lookup = async () => [{ address: "10.0.0.7", family: 4 }];
    expect(await resolveWebhookTarget("https://hooks.example.com/h", { allowPrivateNetwork: false, lookup })).toMatchObject({ ok: false });
    expect(await resolveWebhookTarget("https://93.184.215.14/h", { allowPrivateNetwork: false })).toMatchObject({ ok: true, address: "93.184.215.14" });
    expect(await resolveWebhookTarget("http://127.0.0.1:9/h", { allowPrivateNetwork: true })).toMatchObject({ ok: true });
  });

  it("refuses every IPv6 form that carries an IPv4 address, as a literal or as what a name resolves to", async () => {
    const embedding = [
      "https://[::127.0.0.1]/h", // IPv4-compatible, as the issue reported it
      "https://[::7f00:1]/h", // the same in hex
      "https://[::ffff:127.0.0.1]/h", // IPv4-mapped
      "https://[::ffff:7f00:1]/h",
      "https://[0:0:0:0:0:ffff:7f00:1]/h",
      "https://[::FFFF:A9FE:A9FE]/h", // 169.254.169.254, upper case
      "https://[::ffff:8.8.8.8]/h", // mapped, even of a public address
      "https://[::8.8.8.8]/h", // compatible, even of a public address
      "https://[::ffff:0:127.0.0.1]/h", // IPv4-translated
      "https://[64:ff9b::127.0.0.1]/h", // NAT64
      "https://[64:ff9b::a00:1]/h",
      "https://[64:ff9b:1::a9fe:a9fe]/h", // local-use NAT64
      "https://[2002:7f00:1::1]/h", // 6to4 of 127.0.0.1
      "https://[2002:808:808::1]/h", // 6to4, even of a public address
      "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/h", // Teredo
      "https://[::]/h",
    ];
    for (const url of embedding) {
      expect(await resolveWebhookTarget(url, { allowPrivateNetwork: false }), url).toMatchObject({ ok: false, error: expect.stringContaining("public addresses only") });
    }
    for (const address of ["::ffff:127.0.0.1", "::7f00:1", "64:ff9b::a9fe:a9fe", "2002:c0a8:101::1"]) {
      const lookup = async () => [{ address, family: 6 }];
      expect(await resolveWebhookTarget("https://hooks.example.com/h", { allowPrivateNetwork: false, lookup }), address).toMatchObject({ ok: false });
    }
    // A plain public IPv6 address is fine; the private network setting lifts the rule for internal networks.
    expect(await resolveWebhookTarget("https://[2606:4700:4700::1111]/h", { allowPrivateNetwork: false })).toMatchObject({ ok: true, address: "2606:4700:4700::1111", family: 6 });
    expect(await resolveWebhookTarget("https://[::127.0.0.1]/h", { allowPrivateNetwork: true })).toMatchObject({ ok: true, address: "::7f00:1" });
  });

  it("registration refuses such an address next to the field, and a name that turns private after registration is refused at delivery", async () => {
    const org = await createTestOrganization(db);
    const admin = await createStaff(db, org, "ADMIN");
    const refused = await createWebhookEndpoint({
      context: admin,
      input: { url: "https://169.254.169.254/latest", events: ["request.verified"] },
      now: new Date(),
      allowPrivateNetwork: false,
    });
    expect(refused).toMatchObject({ ok: false, code: "invalid", fieldErrors: { url: [expect.stringContaining("public addresses only")] } });
    expect(await db.webhookEndpoint.count({ where: { organizationId: org.id } })).toBe(0);

    // Registered while it pointed elsewhere (written directly: the name is made up), then DNS answers 127.0.0.1.
    await endpointFor(org, ["request.verified"]);
    await db.webhookEndpoint.updateMany({ where: { organizationId: org.id }, data: { url: "https://hooks.rebinding.example/h" } });
    await createVerifiedRequest(db, org);
    const rebound = createPostWebhook({ allowPrivateNetwork: false, lookup: async () => [{ address: "127.0.0.1", family: 4 }] });
    await dispatchWebhooks({ now: later(), post: rebound });
    const row = await db.webhookDelivery.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastResponseStatus: null });
    expect(row.lastError).toContain("public addresses only");
  });

  it("only admins manage endpoints, and another organization's endpoint is not found", async () => {
    const org = await createTestOrganization(db);
    const other = await createTestOrganization(db);
    const { endpointId } = await endpointFor(other, ["request.verified"]);
    const officer = await createStaff(db, org, "OFFICER");
    const admin = await createStaff(db, org, "ADMIN");
    expect(await createWebhookEndpoint({ context: officer, input: { url: receiver.url, events: ["request.verified"] }, now: new Date(), allowPrivateNetwork: true })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await rollWebhookSecret({ context: admin, endpointId, now: new Date() })).toMatchObject({ ok: false, code: "not_found" });
    expect(await setWebhookEndpointEnabled({ context: admin, endpointId, enabled: false, now: new Date() })).toMatchObject({ ok: false, code: "not_found" });
    expect(await sendTestWebhook({ context: admin, endpointId, now: new Date() })).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).toMatchObject({ enabled: true });
  });
});

describe("deadline events from the reminder sweep", () => {
  it("sends request.due_soon and request.overdue once per reminder point, with the sweep's emails", async () => {
    const org = await createTestOrganization(db, { timeZone: "Europe/Oslo", regime: "DEFAULT", regimes: [] });
    const own = await startWebhookReceiver("/deadlines");
    try {
      await endpointFor(org, ["request.due_soon", "request.overdue"], own.url);
      await createStaff(db, org, "OFFICER");
      const filed = await createVerifiedRequest(db, org, { now: new Date("2027-03-01T09:00:00Z") });
      const due = await db.privacyRequest.findUniqueOrThrow({ where: { id: filed.id } });
      expect(due.dueAt!.toISOString().slice(0, 10)).toBe("2027-03-31");

      const sweepAt = async (iso: string) => {
        const now = new Date(iso);
        while ((await sweepReminders({ now })).claimed > 0);
        await deliverAll(now);
        return own.received.map((w) => parsed(w)).map((e) => `${e.type} ${e.data.request.reminderPoint}`);
      };
      expect(await sweepAt("2027-03-24T12:00:00Z")).toEqual(["request.due_soon 2027-03-31/7-days-before"]);
      expect(await sweepAt("2027-03-24T18:00:00Z")).toHaveLength(1); // the same point: nothing more
      // Days without a sweep: only the point that is true now is sent.
      expect((await sweepAt("2027-04-01T12:00:00Z")).slice(1)).toEqual(["request.overdue 2027-03-31/overdue-1"]);
      expect(await sweepAt("2027-04-01T20:00:00Z")).toHaveLength(2);
      expect((await sweepAt("2027-04-02T12:00:00Z")).slice(2)).toEqual(["request.overdue 2027-03-31/overdue-2"]);
    } finally {
      await own.close();
    }
  });
});
