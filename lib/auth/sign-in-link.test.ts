import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { inspectSignInLink } from "./inspect-sign-in-link";
import { redeemSignInLink } from "./redeem-sign-in-link";
import { requestSignInLink } from "./request-sign-in-link";
import { createTestUser, testIp, testIpv6Network } from "./test-users";

/** The token in the newest sign-in link emailed to `to`. */
async function emailedToken(to: string): Promise<string> {
  const db = await getDb();
  const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: to }, orderBy: { createdAt: "desc" } });
  const match = email.textBody.match(/\/sign-in\/link\/([A-Za-z0-9_-]{43})/);
  if (!match) throw new Error(`No sign-in link in the email to ${to}`);
  return match[1]!;
}

describe("asking for a sign-in link", () => {
  it("answers the same for any address, and emails a link only to an account", async () => {
    const db = await getDb();
    const user = await createTestUser(db);
    const stranger = `stranger-${Date.now()}@example.com`;
    const now = new Date();
    const known = await requestSignInLink({ raw: { email: user.email.toUpperCase() }, ip: testIp(), now });
    const unknown = await requestSignInLink({ raw: { email: stranger }, ip: testIp(), now });
    expect(known).toEqual({ kind: "sent" });
    expect(unknown).toEqual(known);

    expect(await db.outboxEmail.count({ where: { toAddress: stranger } })).toBe(0);
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: user.email } });
    expect(email.subject).toBe("Your Rightsdesk sign-in link");
    expect(email.textBody).toContain(`${getEnv().APP_URL}/sign-in/link/`);
    expect(email.textBody).toContain("expires in 15 minutes");

    // Only the hash of the token is stored, valid for 15 minutes.
    const token = await emailedToken(user.email);
    const [stored] = await db.authToken.findMany({ where: { userId: user.id } });
    expect(stored!.tokenHash).not.toBe(token);
    expect(stored!.expiresAt).toEqual(new Date(now.getTime() + 15 * 60_000));

    const audits = await db.auditEvent.findMany({ where: { action: "auth.link_requested", actorEmail: { in: [user.email, stranger] } } });
    expect(audits.map((a) => [a.actorEmail, a.after])).toEqual(
      expect.arrayContaining([
        [user.email, { accountExists: true }],
        [stranger, { accountExists: false }],
      ]),
    );
  });

  it("explains an address that is not one, and limits links per address", async () => {
    expect(await requestSignInLink({ raw: { email: "not-an-email" }, ip: testIp(), now: new Date() })).toEqual({
      kind: "invalid",
      fieldErrors: { email: ["Enter an email address like name@example.com."] },
    });
    const email = `often-${Date.now()}@example.com`;
    const now = new Date();
    const results = [];
    for (let i = 0; i <= getEnv().SIGNIN_LINK_RATE_LIMIT_MAX; i++) results.push((await requestSignInLink({ raw: { email }, ip: testIp(), now })).kind);
    expect(results.at(-1)).toBe("rate_limited");
    expect(results.slice(0, -1).every((k) => k === "sent")).toBe(true);
  });

  it("limits links per client, counting an IPv6 client by its /64", async () => {
    const network = testIpv6Network();
    const now = new Date();
    const results = [];
    for (let i = 0; i <= getEnv().SIGNIN_RATE_LIMIT_IP_MAX; i++) {
      results.push((await requestSignInLink({ raw: { email: `link6-${i}-${Date.now()}@example.com` }, ip: network.at(i + 1), now })).kind);
    }
    expect(results.at(-1)).toBe("rate_limited");
    expect(results.slice(0, -1).every((k) => k === "sent")).toBe(true);
    expect((await requestSignInLink({ raw: { email: `link6-other-${Date.now()}@example.com` }, ip: testIpv6Network().at(1), now })).kind).toBe("sent");
  });
});

describe("signing in with an emailed link", () => {
  it("shows the link without using it up, then signs in once", async () => {
    const db = await getDb();
    const user = await createTestUser(db, { role: "OFFICER" });
    const now = new Date();
    await requestSignInLink({ raw: { email: user.email }, ip: testIp(), now });
    const token = await emailedToken(user.email);

    // A mail scanner opening the page twice changes nothing.
    expect(await inspectSignInLink({ token, now })).toEqual({ state: "valid", email: user.email, needsCode: false });
    expect(await inspectSignInLink({ token, now })).toEqual({ state: "valid", email: user.email, needsCode: false });

    const signedIn = await redeemSignInLink({ raw: { token }, ip: testIp(), now });
    expect(signedIn).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: 0 } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { actorUserId: user.id, action: "auth.sign_in" } });
    expect(audit.after).toEqual({ method: "email-link", twoFactor: false });

    expect(await redeemSignInLink({ raw: { token }, ip: testIp(), now })).toEqual({ ok: false, failure: { code: "LINK_USED" } });
    expect(await inspectSignInLink({ token, now })).toEqual({ state: "used" });
  });

  it("works exactly once when used twice at the same moment", async () => {
    const db = await getDb();
    const user = await createTestUser(db);
    const now = new Date();
    await requestSignInLink({ raw: { email: user.email }, ip: testIp(), now });
    const token = await emailedToken(user.email);
    const results = await Promise.all([1, 2, 3].map(() => redeemSignInLink({ raw: { token }, ip: testIp(), now })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.failure.code)).toEqual(["LINK_USED", "LINK_USED"]);
  });

  it("expires after 15 minutes", async () => {
    const db = await getDb();
    const user = await createTestUser(db);
    const now = new Date();
    await requestSignInLink({ raw: { email: user.email }, ip: testIp(), now });
    const token = await emailedToken(user.email);
    const late = new Date(now.getTime() + 15 * 60_000);
    expect(await inspectSignInLink({ token, now: late })).toEqual({ state: "expired" });
    expect(await redeemSignInLink({ raw: { token }, ip: testIp(), now: late })).toEqual({ ok: false, failure: { code: "LINK_EXPIRED" } });
    expect(await redeemSignInLink({ raw: { token }, ip: testIp(), now: new Date(late.getTime() - 1) })).toMatchObject({ ok: true });
  });

  it("does not know made-up links", async () => {
    const now = new Date();
    expect(await inspectSignInLink({ token: "A".repeat(43), now })).toEqual({ state: "invalid" });
    expect(await inspectSignInLink({ token: "short", now })).toEqual({ state: "invalid" });
    expect(await redeemSignInLink({ raw: { token: "A".repeat(43) }, ip: testIp(), now })).toEqual({ ok: false, failure: { code: "LINK_INVALID" } });
    expect(await redeemSignInLink({ raw: {}, ip: testIp(), now })).toEqual({ ok: false, failure: { code: "LINK_INVALID" } });
  });

  it("asks for the two-factor code, and a wrong code leaves the link usable", async () => {
    const db = await getDb();
    const user = await createTestUser(db, { role: "ADMIN", withTwoFactor: true });
    const now = new Date();
    await requestSignInLink({ raw: { email: user.email }, ip: testIp(), now });
    const token = await emailedToken(user.email);
    expect(await inspectSignInLink({ token, now })).toEqual({ state: "valid", email: user.email, needsCode: true });

    expect(await redeemSignInLink({ raw: { token }, ip: testIp(), now })).toEqual({ ok: false, failure: { code: "TOTP_REQUIRED" } });
    const stale = user.codeAt(new Date(now.getTime() - 5 * 60_000));
    expect(await redeemSignInLink({ raw: { token, code: stale }, ip: testIp(), now })).toEqual({ ok: false, failure: { code: "TOTP_INVALID" } });
    expect(await inspectSignInLink({ token, now })).toMatchObject({ state: "valid" });

    const signedIn = await redeemSignInLink({ raw: { token, code: user.codeAt(now) }, ip: testIp(), now });
    expect(signedIn).toMatchObject({ ok: true, user: { id: user.id } });
  });
});
