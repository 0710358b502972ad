import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { authOptions } from "./auth-options";
import { authenticatePassword } from "./authenticate-password";
import { decodeSignInFailure, signInFailureMessage } from "./sign-in-errors";
import { createTestUser, TEST_PASSWORD, testIp, testIpv6Network } from "./test-users";

async function auditOf(email: string) {
  const db = await getDb();
  return db.auditEvent.findMany({ where: { actorEmail: email }, orderBy: { createdAt: "asc" } });
}

describe("signing in with email and password", () => {
  it("signs in with the right password, records it, and remembers when", async () => {
    const db = await getDb();
    const user = await createTestUser(db, { role: "OFFICER" });
    const now = new Date();
    const result = await authenticatePassword({ raw: { email: ` ${user.email.toUpperCase()} `, password: TEST_PASSWORD }, ip: testIp(), now });
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: 0 } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toEqual(now);
    const [audit] = await auditOf(user.email);
    expect(audit).toMatchObject({ action: "auth.sign_in", actorUserId: user.id, organizationId: null, after: { method: "password", twoFactor: false } });
  });

  it("answers a wrong password and an unknown email alike, and audits both without the password", async () => {
    const db = await getDb();
    const user = await createTestUser(db);
    const wrong = await authenticatePassword({ raw: { email: user.email, password: "not the password" }, ip: testIp(), now: new Date() });
    const unknownEmail = `nobody-${Date.now()}@example.com`;
    const unknown = await authenticatePassword({ raw: { email: unknownEmail, password: TEST_PASSWORD }, ip: testIp(), now: new Date() });
    expect(wrong).toEqual({ ok: false, failure: { code: "INVALID_CREDENTIALS" } });
    expect(unknown).toEqual(wrong);

    const [failed] = await auditOf(user.email);
    expect(failed).toMatchObject({ action: "auth.sign_in_failed", actorUserId: user.id, reason: "wrong_password" });
    const [unknownAudit] = await auditOf(unknownEmail);
    expect(unknownAudit).toMatchObject({ action: "auth.sign_in_failed", actorUserId: null, reason: "unknown_email" });
    expect(JSON.stringify([failed, unknownAudit])).not.toContain("not the password");
    expect(JSON.stringify([failed, unknownAudit])).not.toContain(TEST_PASSWORD);
  });

  it("asks for the two-factor code only after the password was right, then signs in with it", async () => {
    const db = await getDb();
    const user = await createTestUser(db, { role: "OWNER", withTwoFactor: true });
    const ip = testIp();
    const now = new Date();

    expect(await authenticatePassword({ raw: { email: user.email, password: "wrong" }, ip, now })).toEqual({
      ok: false,
      failure: { code: "INVALID_CREDENTIALS" },
    });
    expect(await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD }, ip, now })).toEqual({
      ok: false,
      failure: { code: "TOTP_REQUIRED" },
    });
    const wrongCode = user.codeAt(new Date(now.getTime() - 120_000));
    expect(await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD, code: wrongCode }, ip, now })).toEqual({
      ok: false,
      failure: { code: "TOTP_INVALID" },
    });
    const code = user.codeAt(now);
    const signedIn = await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD, code }, ip, now });
    expect(signedIn.ok).toBe(true);
    // The same code cannot be used again.
    expect(await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD, code }, ip, now })).toEqual({
      ok: false,
      failure: { code: "TOTP_INVALID" },
    });
    const actions = (await auditOf(user.email)).map((a) => `${a.action}:${a.reason ?? ""}`);
    expect(actions).toEqual(["auth.sign_in_failed:wrong_password", "auth.sign_in_failed:wrong_totp", "auth.sign_in:", "auth.sign_in_failed:totp_reused"]);
  });
});

describe("sign-in rate limits", () => {
  /** Guesses `failures` wrong passwords from `ip`, each as soon as the server allows; returns the waits it was told. */
  async function guess({ email, ip, failures, from }: { email: string; ip: string; failures: number; from: Date }) {
    const waits: number[] = [];
    let at = from;
    for (let counted = 0; counted < failures; ) {
      const result = await authenticatePassword({ raw: { email, password: `guess ${counted}` }, ip, now: at });
      if (!result.ok && result.failure.code === "RATE_LIMITED") {
        waits.push(result.failure.retryAfterSeconds!);
        at = new Date(at.getTime() + result.failure.retryAfterSeconds! * 1000);
        continue;
      }
      expect(result).toEqual({ ok: false, failure: { code: "INVALID_CREDENTIALS" } });
      counted++;
    }
    return { waits, at };
  }

  it("slows one address guessing an account with growing delays, while the owner signs in from elsewhere", async () => {
    const db = await getDb();
    const user = await createTestUser(db);
    const attacker = testIp();
    const max = getEnv().SIGNIN_RATE_LIMIT_ACCOUNT_IP_MAX;
    const { waits, at } = await guess({ email: user.email, ip: attacker, failures: max + 5, from: new Date() });
    // No wait for the first `max` failures, then each wait twice the one before.
    expect(waits).toEqual([2, 4, 8, 16, 32]);

    // Even the right password waits its turn from the attacker's address, and says for how long.
    const limited = await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD }, ip: attacker, now: at });
    expect(limited).toEqual({ ok: false, failure: { code: "RATE_LIMITED", retryAfterSeconds: 64 } });
    if (!limited.ok) expect(signInFailureMessage(limited.failure)).toBe("Too many sign-in attempts. For your security, please try again in 2 minutes.");

    // The owner, from their own address, is not locked out.
    expect((await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD }, ip: testIp(), now: at })).ok).toBe(true);
    // And after the window, the attacker's address starts afresh.
    const afterWindow = new Date(at.getTime() + getEnv().SIGNIN_RATE_LIMIT_WINDOW_SECONDS * 1000);
    expect((await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD }, ip: attacker, now: afterWindow })).ok).toBe(true);
  });

  it("emails the owner once when many addresses guess one account, then slows them all, but not the owner's own address", async () => {
    const db = await getDb();
    const user = await createTestUser(db);
    const home = testIp();
    const start = new Date();
    expect((await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD }, ip: home, now: start })).ok).toBe(true);

    const max = getEnv().SIGNIN_RATE_LIMIT_ACCOUNT_MAX;
    const alerts = () => db.outboxEmail.findMany({ where: { toAddress: user.email, subject: { contains: "guess your Rightsdesk password" } } });
    for (let i = 0; i < max; i++) {
      const result = await authenticatePassword({ raw: { email: user.email, password: `guess ${i}` }, ip: testIp(), now: start });
      expect(result).toEqual({ ok: false, failure: { code: "INVALID_CREDENTIALS" } });
      if (i === max - 2) expect(await alerts()).toHaveLength(0);
    }
    const [alert, ...more] = await alerts();
    expect(more).toHaveLength(0);
    expect(alert!.textBody).toContain(`There have been ${max} failed attempts to sign in to your Rightsdesk account`);

    // Every new address now waits, longer each time.
    const { waits, at } = await (async () => {
      const seen: number[] = [];
      let now = start;
      for (let i = 0; i < 3; i++) {
        const refused = await authenticatePassword({ raw: { email: user.email, password: "guess" }, ip: testIp(), now });
        expect(refused.ok ? "ok" : refused.failure.code).toBe("RATE_LIMITED");
        if (!refused.ok) seen.push(refused.failure.retryAfterSeconds!);
        now = new Date(now.getTime() + seen.at(-1)! * 1000);
        expect(await authenticatePassword({ raw: { email: user.email, password: "guess" }, ip: testIp(), now })).toEqual({ ok: false, failure: { code: "INVALID_CREDENTIALS" } });
      }
      return { waits: seen, at: now };
    })();
    expect(waits).toEqual([2, 4, 8]);
    // Still one email, however long the guessing goes on.
    expect(await alerts()).toHaveLength(1);
    // The owner signs in from home at once, and so do they from a new address once the wait has passed.
    expect((await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD }, ip: home, now: at })).ok).toBe(true);
    expect((await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD }, ip: testIp(), now: new Date(at.getTime() + 16_000) })).ok).toBe(true);
  });

  it("counts attempts on an address without an account the same way, so the limit reveals nothing", async () => {
    const db = await getDb();
    const max = getEnv().SIGNIN_RATE_LIMIT_ACCOUNT_IP_MAX;
    const now = new Date();
    const codesFor = async (email: string) => {
      const ip = testIp();
      const codes = [];
      for (let i = 0; i <= max; i++) {
        const result = await authenticatePassword({ raw: { email, password: "guess" }, ip, now });
        codes.push(result.ok ? "ok" : `${result.failure.code}${result.failure.retryAfterSeconds ?? ""}`);
      }
      return codes;
    };
    const ghost = await codesFor(`ghost-${Date.now()}@example.com`);
    expect(ghost).toEqual([...Array(max).fill("INVALID_CREDENTIALS"), "RATE_LIMITED2"]);
    expect(await codesFor((await createTestUser(db)).email)).toEqual(ghost);
  });

  it("limits one address trying many accounts", async () => {
    const ip = testIp();
    const max = getEnv().SIGNIN_RATE_LIMIT_IP_MAX;
    const now = new Date();
    for (let i = 0; i < max; i++) {
      await authenticatePassword({ raw: { email: `spray-${i}-${Date.now()}@example.com`, password: "guess" }, ip, now });
    }
    const db = await getDb();
    const user = await createTestUser(db);
    const result = await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD }, ip, now });
    expect(result.ok ? "ok" : result.failure.code).toBe("RATE_LIMITED");
    // Another address is not affected.
    expect((await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD }, ip: testIp(), now })).ok).toBe(true);
  });

  it("counts an IPv6 client by its /64, however often it changes address in it, and audits the full address", async () => {
    const network = testIpv6Network();
    const max = getEnv().SIGNIN_RATE_LIMIT_IP_MAX;
    const now = new Date();
    const sprayed = `spray6-${Date.now()}`;
    for (let i = 0; i < max; i++) {
      await authenticatePassword({ raw: { email: `${sprayed}-${i}@example.com`, password: "guess" }, ip: network.at(i + 1), now });
    }
    const db = await getDb();
    const user = await createTestUser(db);
    const result = await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD }, ip: network.at(0xffff), now });
    expect(result.ok ? "ok" : result.failure.code).toBe("RATE_LIMITED");
    const [audit] = await auditOf(`${sprayed}-6@example.com`);
    expect(audit?.ip).toBe(network.at(7));
    // The next /64 is another client.
    const next = testIpv6Network();
    expect((await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD }, ip: next.at(1), now })).ok).toBe(true);
  });

  it("does not count successful sign-ins, so signing in often never slows anyone down", async () => {
    const db = await getDb();
    const user = await createTestUser(db);
    const ip = testIp();
    const now = new Date();
    const max = getEnv().SIGNIN_RATE_LIMIT_ACCOUNT_IP_MAX;
    for (let i = 0; i < max + 3; i++) {
      expect((await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD }, ip, now })).ok).toBe(true);
    }
  });

  it("refuses parallel guesses beyond the limit", async () => {
    const db = await getDb();
    const user = await createTestUser(db);
    const max = getEnv().SIGNIN_RATE_LIMIT_ACCOUNT_IP_MAX;
    const ip = testIp();
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: max + 5 }, (_, i) => authenticatePassword({ raw: { email: user.email, password: `guess ${i}` }, ip, now })),
    );
    const codes = results.map((r) => (r.ok ? "ok" : r.failure.code));
    expect(codes.filter((c) => c === "INVALID_CREDENTIALS")).toHaveLength(max);
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(5);
  });
});

describe("next-auth's authorize", () => {
  function authorizeOf(id: string) {
    // next-auth keeps a provider's own settings in `options` and merges them when it handles a request.
    type Options = { id: string; authorize(credentials: Record<string, string>, req: { headers: Record<string, string> }): Promise<unknown> };
    const providers = authOptions().providers as unknown as { options: Options }[];
    return providers.find((p) => p.options.id === id)!.options.authorize;
  }

  it("returns the user, or throws the short code the sign-in page understands", async () => {
    const db = await getDb();
    const user = await createTestUser(db, { withTwoFactor: true });
    const authorize = authorizeOf("password");
    const ip = testIp();
    const headers = { [CLIENT_IP_HEADER]: ip };

    await expect(authorize({ email: user.email, password: "nope" }, { headers })).rejects.toThrow(/^INVALID_CREDENTIALS$/);
    await expect(authorize({ email: user.email, password: TEST_PASSWORD }, { headers })).rejects.toThrow(/^TOTP_REQUIRED$/);
    await expect(authorize({ email: user.email, password: TEST_PASSWORD, code: user.codeAt(new Date()) }, { headers })).resolves.toMatchObject({
      id: user.id,
      email: user.email,
    });
    // The attempt was counted against the address our server put in the header.
    const failed = await db.auditEvent.findFirstOrThrow({ where: { actorEmail: user.email, action: "auth.sign_in_failed" } });
    expect(failed.ip).toBe(ip);
  });

  it("round-trips the rate-limit wait through the error code", () => {
    const failure = decodeSignInFailure("RATE_LIMITED:125");
    expect(failure).toEqual({ code: "RATE_LIMITED", retryAfterSeconds: 125 });
    expect(signInFailureMessage(failure)).toBe("Too many sign-in attempts. For your security, please try again in 3 minutes.");
    expect(signInFailureMessage({ code: "RATE_LIMITED", retryAfterSeconds: 8 })).toBe("Too many sign-in attempts. For your security, please try again in 8 seconds.");
    expect(decodeSignInFailure("Something internal")).toEqual({ code: "UNAVAILABLE" });
  });
});
