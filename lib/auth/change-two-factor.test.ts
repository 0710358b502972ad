import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { authenticatePassword } from "./authenticate-password";
import { disableTwoFactor, enableTwoFactor } from "./change-two-factor";
import { decryptTotpSecret } from "./encrypt-totp-secret";
import { getTwoFactorSetup } from "./get-two-factor-setup";
import { needsTwoFactorSetup } from "./needs-two-factor-setup";
import { createTestUser, TEST_PASSWORD, testIp } from "./test-users";
import { totpFor } from "./verify-totp-code";

const actorOf = (user: { id: string; email: string }) => ({ userId: user.id, email: user.email, ip: "10.9.9.9" });
const base32Of = (display: string) => display.replace(/\s+/g, "");

describe("setting up two-factor authentication", () => {
  it("shows the same secret until it is confirmed, as a QR code and as text", async () => {
    const db = await getDb();
    const user = await createTestUser(db, { role: "OWNER" });
    expect(await needsTwoFactorSetup({ id: user.id, hasTwoFactor: false })).toBe(true);

    const setup = await getTwoFactorSetup(user.id);
    expect(setup).not.toBeNull();
    expect(setup!.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(setup!.otpauthUri).toMatch(/^otpauth:\/\/totp\/Rightsdesk:.+\?.*secret=/);
    expect(setup!.otpauthUri).toContain(`secret=${base32Of(setup!.secretForDisplay)}`);
    expect((await getTwoFactorSetup(user.id))!.secretForDisplay).toBe(setup!.secretForDisplay);

    // Stored encrypted only.
    const stored = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret!;
    expect(stored).not.toContain(base32Of(setup!.secretForDisplay));
    expect(decryptTotpSecret(stored, user.id)).toBe(base32Of(setup!.secretForDisplay));
  });

  it("turns on only with a code from the app, and is audited", async () => {
    const db = await getDb();
    const user = await createTestUser(db, { role: "OWNER" });
    const secret = base32Of((await getTwoFactorSetup(user.id))!.secretForDisplay);
    const now = new Date();

    expect(await enableTwoFactor({ userId: user.id, actor: actorOf(user), raw: { code: "12345" }, now })).toEqual({
      ok: false,
      fieldErrors: { code: ["Enter the 6-digit code from your authenticator app."] },
    });
    const stale = totpFor(secret).generate({ timestamp: now.getTime() - 10 * 60_000 });
    const wrong = await enableTwoFactor({ userId: user.id, actor: actorOf(user), raw: { code: stale }, now });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { code: [expect.stringContaining("not right")] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();

    const code = totpFor(secret).generate({ timestamp: now.getTime() });
    expect(await enableTwoFactor({ userId: user.id, actor: actorOf(user), raw: { code: code.replace(/(\d{3})/, "$1 ") }, now })).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toEqual(now);
    expect(await getTwoFactorSetup(user.id)).toBeNull();
    expect(await needsTwoFactorSetup({ id: user.id, hasTwoFactor: true })).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: user.id, action: "auth.totp_enabled" } });
    expect(audit).toMatchObject({ actorUserId: user.id, organizationId: null, before: { twoFactor: false }, after: { twoFactor: true } });

    // From now on, signing in asks for a code.
    expect(await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD }, ip: testIp(), now })).toEqual({
      ok: false,
      failure: { code: "TOTP_REQUIRED" },
    });
  });
});

describe("turning two-factor authentication off", () => {
  it("lets an officer turn it off with a current code", async () => {
    const db = await getDb();
    const user = await createTestUser(db, { role: "OFFICER", withTwoFactor: true });
    const now = new Date();
    const wrong = await disableTwoFactor({ userId: user.id, actor: actorOf(user), raw: { code: user.codeAt(new Date(now.getTime() - 600_000)) }, now });
    expect(wrong.ok).toBe(false);
    expect(await disableTwoFactor({ userId: user.id, actor: actorOf(user), raw: { code: user.codeAt(now) }, now })).toEqual({ ok: true });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([after.totpEnabledAt, after.totpSecret]).toEqual([null, null]);
    expect(await db.auditEvent.count({ where: { targetId: user.id, action: "auth.totp_disabled" } })).toBe(1);
    expect((await authenticatePassword({ raw: { email: user.email, password: TEST_PASSWORD }, ip: testIp(), now })).ok).toBe(true);
  });

  it("refuses for owners and admins, whose role requires it", async () => {
    const db = await getDb();
    for (const role of ["OWNER", "ADMIN"] as const) {
      const user = await createTestUser(db, { role, withTwoFactor: true });
      const now = new Date();
      const result = await disableTwoFactor({ userId: user.id, actor: actorOf(user), raw: { code: user.codeAt(now) }, now });
      expect(result).toEqual({ ok: false, fieldErrors: {}, formError: expect.stringContaining("must use two-factor authentication") });
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).not.toBeNull();
    }
  });

  it("limits how many codes can be tried", async () => {
    const db = await getDb();
    const user = await createTestUser(db, { role: "VIEWER", withTwoFactor: true });
    const now = new Date();
    const stale = user.codeAt(new Date(now.getTime() - 600_000));
    let last;
    for (let i = 0; i < 11; i++) last = await disableTwoFactor({ userId: user.id, actor: actorOf(user), raw: { code: stale }, now });
    expect(last).toEqual({ ok: false, fieldErrors: {}, formError: expect.stringMatching(/^Too many sign-in attempts/) });
    const right = await disableTwoFactor({ userId: user.id, actor: actorOf(user), raw: { code: user.codeAt(now) }, now });
    expect(right.ok).toBe(false);
  });
});
