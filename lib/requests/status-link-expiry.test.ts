// Status links stop working a set number of days after their request closes, and the subject can have a fresh
// one emailed from the "expired" page: only to the address the request was made with, rate limited, and with
// the same answer (and no email) for any other address, link or organization. Against a real database.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type PrismaClient } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { denyRequest } from "./deny-request";
import { getRequestStatus } from "./get-request-status";
import { requestFreshStatusLink, type FreshStatusLinkResult } from "./request-fresh-status-link";
import { createStaff, createVerifiedRequest, emailedToken, type FiledRequest, type TestStaff } from "./test-fixtures";

const DAY = 86_400_000;
const DAYS_AFTER_CLOSE = 30;

let db: PrismaClient;
let org: TestOrganization;
let other: TestOrganization;
let officer: TestStaff;

beforeAll(async () => {
  db = await getDb();
  org = await createTestOrganization(db, { statusLinkDaysAfterClose: DAYS_AFTER_CLOSE });
  other = await createTestOrganization(db);
  officer = await createStaff(db, org, "OFFICER");
});

/** A request confirmed, then denied at `closedAt` (now): its subject has the link of the confirmation and of the closing email. */
async function closedRequest(): Promise<FiledRequest & { closedAt: Date; closingToken: string }> {
  const filed = await createVerifiedRequest(db, org);
  const closedAt = new Date();
  const denied = await denyRequest({ context: officer, requestId: filed.id, input: { reason: "We hold no data about you." }, now: closedAt });
  if (!denied.ok) throw new Error(denied.error);
  const stored = await db.privacyRequest.findUniqueOrThrow({ where: { id: filed.id } });
  return { ...filed, closedAt: stored.closedAt!, closingToken: await emailedToken(db, filed.subjectEmail, "status") };
}

const uniqueIp = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomBytes(3).toString("hex")}`;

async function lookup(token: string, now: Date, orgSlug = org.slug) {
  const status = await getRequestStatus({ orgSlug, token, now });
  return status.found ? "found" : status.reason;
}

/** Everything the fresh-link request could have written: status tokens and emails of the organization. */
async function footprint() {
  return {
    tokens: await db.requestToken.count({ where: { organizationId: org.id, purpose: "STATUS" } }),
    emails: await db.outboxEmail.count({ where: { organizationId: org.id } }),
  };
}

async function ask(args: { token: string; email: string; now: Date; ip?: string; orgSlug?: string }): Promise<FreshStatusLinkResult> {
  const result = await requestFreshStatusLink({ orgSlug: args.orgSlug ?? org.slug, token: args.token, raw: { email: args.email }, ip: args.ip ?? uniqueIp(), now: args.now });
  if (result.kind === "accepted") await result.send();
  return result;
}

describe("status link lifetime", () => {
  it("works while the request is open and for the organization's days after it closes, then shows as expired", async () => {
    const filed = await closedRequest();
    for (const token of [filed.statusToken, filed.closingToken]) {
      expect(await lookup(token, new Date(filed.closedAt.getTime() + (DAYS_AFTER_CLOSE - 1) * DAY))).toBe("found");
      expect(await lookup(token, new Date(filed.closedAt.getTime() + DAYS_AFTER_CLOSE * DAY + 1000))).toBe("expired");
    }
    // An open request's link never expires.
    const open = await createVerifiedRequest(db, org);
    expect(await lookup(open.statusToken, new Date(Date.now() + 3650 * DAY))).toBe("found");
  });

  it("defaults to 90 days", async () => {
    const fresh = await createTestOrganization(db);
    expect(fresh.statusLinkDaysAfterClose).toBe(90);
  });
});

describe("asking for a fresh status link", () => {
  it("emails the request's address a fresh link that works; the old links stay dead", async () => {
    const filed = await closedRequest();
    const later = new Date(filed.closedAt.getTime() + (DAYS_AFTER_CLOSE + 5) * DAY);
    expect(await lookup(filed.statusToken, later)).toBe("expired");

    // Typed as people type: capitals and spaces.
    const result = await ask({ token: filed.statusToken, email: `  ${filed.subjectEmail.toUpperCase()} `, now: later });
    expect(result.kind).toBe("accepted");
    const [email] = await db.outboxEmail.findMany({ where: { toAddress: filed.subjectEmail }, orderBy: { createdAt: "desc" }, take: 1 });
    expect(email!.subject).toBe(`Your new link to request ${filed.reference} to ${org.name}`);
    expect(email!.textBody).toContain(`It works for ${DAYS_AFTER_CLOSE} days.`);
    const freshToken = await emailedToken(db, filed.subjectEmail, "status");
    expect(freshToken).not.toBe(filed.closingToken);

    expect(await lookup(freshToken, later)).toBe("found");
    expect(await lookup(filed.statusToken, later)).toBe("expired");
    expect(await lookup(filed.closingToken, later)).toBe("expired");
    // The fresh link has its own days, counted from when it was sent.
    expect(await lookup(freshToken, new Date(later.getTime() + (DAYS_AFTER_CLOSE - 1) * DAY))).toBe("found");
    expect(await lookup(freshToken, new Date(later.getTime() + DAYS_AFTER_CLOSE * DAY + 1000))).toBe("expired");
  });

  it("writes the email in the request's language", async () => {
    const filed = await closedRequest();
    await db.privacyRequest.update({ where: { id: filed.id, organizationId: org.id }, data: { locale: "de" } });
    await ask({ token: filed.statusToken, email: filed.subjectEmail, now: new Date(filed.closedAt.getTime() + (DAYS_AFTER_CLOSE + 1) * DAY) });
    const [email] = await db.outboxEmail.findMany({ where: { toAddress: filed.subjectEmail }, orderBy: { createdAt: "desc" }, take: 1 });
    expect(email!.subject).toBe(`Ihr neuer Link zur Anfrage ${filed.reference} an ${org.name}`);
  });

  it("answers the same and emails nothing for another address, a live link, an unknown link or another organization", async () => {
    const filed = await closedRequest();
    const open = await createVerifiedRequest(db, org);
    const later = new Date(filed.closedAt.getTime() + (DAYS_AFTER_CLOSE + 1) * DAY);
    const before = await footprint();
    const cases = [
      { token: filed.statusToken, email: `someone-else-${randomBytes(3).toString("hex")}@example.nz` },
      { token: open.statusToken, email: open.subjectEmail },
      { token: "A".repeat(43), email: filed.subjectEmail },
      { token: "not-a-token", email: filed.subjectEmail },
      { token: filed.statusToken, email: filed.subjectEmail, orgSlug: other.slug },
    ];
    for (const c of cases) {
      const result = await ask({ ...c, now: later });
      expect(result.kind, JSON.stringify(c)).toBe("accepted");
    }
    expect(await footprint()).toEqual(before);
    expect(await lookup(filed.statusToken, later)).toBe("expired");
  });

  it("limits requests per typed address and per client address, whether or not anything matched", async () => {
    const env = getEnv();
    const filed = await closedRequest();
    const later = new Date(filed.closedAt.getTime() + (DAYS_AFTER_CLOSE + 1) * DAY);

    const stranger = `stranger-${randomBytes(3).toString("hex")}@example.nz`;
    for (let i = 0; i < env.SIGNIN_LINK_RATE_LIMIT_MAX; i++) expect((await ask({ token: filed.statusToken, email: stranger, now: later })).kind).toBe("accepted");
    const limited = await ask({ token: filed.statusToken, email: stranger, now: later });
    expect(limited).toMatchObject({ kind: "rate_limited" });

    const ip = uniqueIp();
    for (let i = 0; i < env.RATE_LIMIT_MAX; i++) {
      expect((await ask({ token: filed.statusToken, email: `x${i}-${randomBytes(3).toString("hex")}@example.nz`, ip, now: later })).kind).toBe("accepted");
    }
    const before = await footprint();
    // Even the right address gets nothing from an address that has asked too often.
    expect((await ask({ token: filed.statusToken, email: filed.subjectEmail, ip, now: later })).kind).toBe("rate_limited");
    expect(await footprint()).toEqual(before);
  });

  it("refuses an address that is not one, and counts nothing", async () => {
    const filed = await closedRequest();
    const result = await ask({ token: filed.statusToken, email: "not an address", now: new Date() });
    expect(result).toEqual({ kind: "invalid", fieldErrors: { email: ["Enter an email address like name@example.com."] } });
    expect(await db.rateLimitBucket.count({ where: { key: { contains: "not an address" } } })).toBe(0);
  });
});
