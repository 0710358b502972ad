// The data subject's path through the domain, against a real database: file, verify, follow.
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { computeDeadline } from "@/lib/deadlines";
import { toZonedDate } from "@/lib/deadlines/zoned-time";
import { formatDate } from "@/lib/format/format-date";
import { LOCALES } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { createTestOrganization } from "@/lib/testing/test-organization";
import { fileRequest } from "./file-request";
import { getRequestStatus } from "./get-request-status";
import { verifyRequest } from "./verify-request";

const subject = { type: "ACCESS", relationship: "customer", name: "Aroha Ngata", email: "Aroha@Example.NZ", jurisdiction: "NZ" };

async function file(orgSlug: string, raw: Record<string, unknown>, now = new Date()) {
  return fileRequest({ orgSlug, raw, channel: "WEB", ip: `10.0.0.${Math.floor(Math.random() * 250)}`, now });
}

/** The token in the newest link to `path` emailed to `to`. */
async function emailedToken(to: string, path: "verify" | "status") {
  const db = await getDb();
  const emails = await db.outboxEmail.findMany({ where: { toAddress: to }, orderBy: { createdAt: "desc" } });
  for (const email of emails) {
    const match = email.textBody.match(new RegExp(`/${path}/([A-Za-z0-9_-]{43})`));
    if (match) return match[1]!;
  }
  throw new Error(`No ${path} link emailed to ${to}`);
}

describe("filing a request", () => {
  it("saves it unverified, with its history and a verification email, and keeps it out of the queue", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    expect(await file(org.slug, subject)).toEqual({ kind: "accepted" });

    const [request] = await db.privacyRequest.findMany({ where: { organizationId: org.id }, include: { events: true } });
    expect(request).toMatchObject({
      status: "PENDING_VERIFICATION",
      reference: null,
      dueAt: null,
      subjectEmail: "aroha@example.nz",
      queue: "CONTROLLER",
      channel: "WEB",
    });
    expect(request!.events.map((e) => e.kind)).toEqual(["request.submitted"]);

    const [email] = await db.outboxEmail.findMany({ where: { organizationId: org.id } });
    expect(email!.toAddress).toBe("aroha@example.nz");
    expect(email!.subject).toContain(`Confirm your privacy request to ${org.name}`);
    expect(email!.textBody).toMatch(new RegExp(`/${org.slug}/verify/[A-Za-z0-9_-]{43}`));
    // Only the hash of the link's token is stored.
    const token = await emailedToken("aroha@example.nz", "verify");
    expect(await db.requestToken.count({ where: { tokenHash: token } })).toBe(0);
  });

  it("answers the same for a first-time and a returning email address", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const first = await file(org.slug, { ...subject, email: "returning@example.nz" });
    const second = await file(org.slug, { ...subject, email: "returning@example.nz" });
    const stranger = await file(org.slug, { ...subject, email: "new@example.nz" });
    expect(second).toEqual(first);
    expect(stranger).toEqual(first);
    expect(await db.outboxEmail.count({ where: { toAddress: "returning@example.nz" } })).toBe(2);
  });

  it("explains invalid input field by field and saves nothing", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const result = await file(org.slug, { ...subject, email: "not-an-email", relationship: "customers-end-user" });
    expect(result.kind).toBe("invalid");
    if (result.kind !== "invalid") return;
    expect(result.fieldErrors.email).toEqual(["Enter an email address like name@example.com."]);
    expect(result.fieldErrors.controllerName?.[0]).toMatch(/Name the website or company/);
    expect(await db.privacyRequest.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it.each(LOCALES)("refuses a request that does not say where the subject lives, in %s, and saves nothing", async (locale) => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const translate = createTranslator({ locale, messages: MESSAGES[locale], namespace: "validation" });
    for (const jurisdiction of [undefined, "", "  "]) {
      const result = await fileRequest({
        orgSlug: org.slug,
        raw: { ...subject, jurisdiction, locale },
        channel: "WEB",
        ip: `10.0.1.${Math.floor(Math.random() * 250)}`,
        now: new Date(),
        translate: (key, values) => translate(key, values),
      });
      expect(result).toEqual({ kind: "invalid", fieldErrors: { jurisdiction: [MESSAGES[locale].validation.jurisdiction] } });
    }
    expect(await db.privacyRequest.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("does not know an unknown organization", async () => {
    expect(await file("no-such-organization", subject)).toEqual({ kind: "organization_not_found" });
    expect(await file("../../etc/passwd", subject)).toEqual({ kind: "organization_not_found" });
  });
});

describe("what the subject is told about time", () => {
  it("the confirmation email names the law of where they live and its period, and the status email its date", async () => {
    const db = await getDb();
    // The organization applies the GDPR and New Zealand's Act; everyone else gets its own 20 days.
    const org = await createTestOrganization(db, { regimes: ["NZ", "GDPR"] });
    const cases = [
      { email: "berlin@example.de", jurisdiction: "DE", sentence: "EU General Data Protection Regulation (GDPR). " + org.name + " must answer within one month." },
      { email: "wellington@example.nz", jurisdiction: "NZ", sentence: "New Zealand Privacy Act 2020. " + org.name + " must answer within 20 working days." },
      { email: "tokyo@example.jp", jurisdiction: "JP", sentence: `${org.name}'s own deadline. ${org.name} must answer within 20 days.` },
    ];
    for (const { email, jurisdiction, sentence } of cases) {
      expect(await file(org.slug, { ...subject, email, jurisdiction })).toEqual({ kind: "accepted" });
      const verification = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email } });
      expect(verification.textBody).toContain(`The law that applies to your request: ${sentence}`);
    }

    const verified = await verifyRequest({ orgSlug: org.slug, token: await emailedToken("berlin@example.de", "verify"), now: new Date() });
    expect(verified.outcome).toBe("verified");
    const request = await db.privacyRequest.findFirstOrThrow({ where: { organizationId: org.id, subjectEmail: "berlin@example.de" } });
    const confirmed = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: "berlin@example.de", subject: { contains: "is confirmed" } } });
    const date = formatDate(request.dueAt!, org.timeZone, "en");
    expect(confirmed.textBody).toContain(`The law that applies: EU General Data Protection Regulation (GDPR). They must answer by ${date}.`);
  });
});

describe("verifying a request", () => {
  it("puts it in its queue with a reference, a due date, history and an emailed status link", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db, { slug: `v-${Date.now().toString(36)}` });
    await file(org.slug, { ...subject, email: "verify@example.nz" });
    const token = await emailedToken("verify@example.nz", "verify");

    const now = new Date();
    const result = await verifyRequest({ orgSlug: org.slug, token, now });
    expect(result.outcome).toBe("verified");

    const request = await db.privacyRequest.findFirstOrThrow({ where: { organizationId: org.id } });
    const prefix = org.slug.replace(/[^a-z0-9]/g, "").toUpperCase().slice(0, 12);
    expect(request.reference).toBe(`${prefix}-${toZonedDate(now, org.timeZone).year}-000001`);
    expect(request.status).toBe("NEW");
    expect(request.verifiedAt).toEqual(now);
    const expected = computeDeadline({
      // A subject in New Zealand, and the organization applies the NZ Privacy Act: 20 working days.
      regime: "NZ",
      receivedAt: request.receivedAt,
      verifiedAt: now,
      timeZone: org.timeZone,
    });
    expect(request.dueAt).toEqual(expected.dueAt);
    expect(request.regime).toBe("NZ");

    const statusToken = await emailedToken("verify@example.nz", "status");
    expect(result).toEqual({ outcome: "verified", statusToken, reference: request.reference });

    const status = await getRequestStatus({ orgSlug: org.slug, token: statusToken, now });
    expect(status.found).toBe(true);
    if (!status.found) return;
    expect(status.request).toMatchObject({ reference: request.reference, status: "NEW", queue: "CONTROLLER", type: "ACCESS" });
    expect(status.request.history.map((h) => h.message)).toEqual([
      expect.stringContaining("Request received"),
      expect.stringContaining("Email address confirmed"),
    ]);
  });

  it("numbers an organization's requests one after another", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    for (const email of ["one@example.nz", "two@example.nz"]) {
      await file(org.slug, { ...subject, email });
      await verifyRequest({ orgSlug: org.slug, token: await emailedToken(email, "verify"), now: new Date() });
    }
    const refs = (await db.privacyRequest.findMany({ where: { organizationId: org.id }, orderBy: { verifiedAt: "asc" } })).map((r) => r.reference);
    expect(refs.map((r) => r!.slice(-6)).sort()).toEqual(["000001", "000002"]);
  });

  it("sends processor-relationship requests to the processor queue, naming the controller", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    await file(org.slug, { ...subject, email: "visitor@example.nz", relationship: "customers-end-user", controllerName: "Kiwi Shoes" });
    const outcome = await verifyRequest({ orgSlug: org.slug, token: await emailedToken("visitor@example.nz", "verify"), now: new Date() });
    expect(outcome.outcome).toBe("verified");
    const request = await db.privacyRequest.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(request).toMatchObject({ queue: "PROCESSOR", controllerName: "Kiwi Shoes", status: "NEW" });
  });

  it("works once: a second opening confirms nothing new", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    await file(org.slug, { ...subject, email: "twice@example.nz" });
    const token = await emailedToken("twice@example.nz", "verify");
    const [a, b] = await Promise.all([
      verifyRequest({ orgSlug: org.slug, token, now: new Date() }),
      verifyRequest({ orgSlug: org.slug, token, now: new Date() }),
    ]);
    expect([a.outcome, b.outcome].sort()).toEqual(["already_verified", "verified"]);
    expect(await db.requestToken.count({ where: { organizationId: org.id, purpose: "STATUS" } })).toBe(1);
  });

  it("refuses an expired link and leaves the request unverified", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db, { verificationTtlHours: 24 });
    const filedAt = new Date();
    await file(org.slug, { ...subject, email: "late@example.nz" }, filedAt);
    const token = await emailedToken("late@example.nz", "verify");
    const justAfter = new Date(filedAt.getTime() + 24 * 3_600_000 + 1);
    expect(await verifyRequest({ orgSlug: org.slug, token, now: justAfter })).toEqual({ outcome: "expired" });
    expect((await db.privacyRequest.findFirstOrThrow({ where: { organizationId: org.id } })).status).toBe("PENDING_VERIFICATION");
  });

  it("does not accept a link under another organization's address, nor a made-up one", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const other = await createTestOrganization(db);
    await file(org.slug, { ...subject, email: "cross@example.nz" });
    const token = await emailedToken("cross@example.nz", "verify");
    expect(await verifyRequest({ orgSlug: other.slug, token, now: new Date() })).toEqual({ outcome: "invalid" });
    expect(await verifyRequest({ orgSlug: org.slug, token: "x".repeat(43), now: new Date() })).toEqual({ outcome: "invalid" });
    expect(await verifyRequest({ orgSlug: org.slug, token: "short", now: new Date() })).toEqual({ outcome: "invalid" });
  });

  it("shows a status page only for a status link of that organization", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const other = await createTestOrganization(db);
    await file(org.slug, { ...subject, email: "status@example.nz" });
    const verifyToken = await emailedToken("status@example.nz", "verify");
    await verifyRequest({ orgSlug: org.slug, token: verifyToken, now: new Date() });
    const statusToken = await emailedToken("status@example.nz", "status");

    expect((await getRequestStatus({ orgSlug: other.slug, token: statusToken, now: new Date() })).found).toBe(false);
    // A verification token is not a status token.
    expect(await getRequestStatus({ orgSlug: org.slug, token: verifyToken, now: new Date() })).toEqual({ found: false, reason: "unknown" });
  });
});
