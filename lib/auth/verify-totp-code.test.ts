import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestUser } from "./test-users";
import { matchTotpStep, totpFor, verifyTotpCode } from "./verify-totp-code";

const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
// The start of a 30-second step, so "one step earlier/later" is exact.
const now = new Date(Math.floor(Date.parse("2026-11-26T10:00:00Z") / 30_000) * 30_000);
const codeAt = (ms: number) => totpFor(secret).generate({ timestamp: ms });

describe("matching a TOTP code", () => {
  it("accepts the current code and one step either side, for clocks that drift", () => {
    const step = Math.floor(now.getTime() / 30_000);
    expect(matchTotpStep({ secret, code: codeAt(now.getTime()), now })).toBe(step);
    expect(matchTotpStep({ secret, code: codeAt(now.getTime() - 30_000), now })).toBe(step - 1);
    expect(matchTotpStep({ secret, code: codeAt(now.getTime() + 30_000), now })).toBe(step + 1);
  });

  it("refuses codes two steps away, and codes of another secret", () => {
    expect(matchTotpStep({ secret, code: codeAt(now.getTime() - 60_000), now })).toBeNull();
    expect(matchTotpStep({ secret, code: codeAt(now.getTime() + 60_000), now })).toBeNull();
    const other = totpFor("KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU").generate({ timestamp: now.getTime() });
    expect(matchTotpStep({ secret, code: other, now })).toBeNull();
  });
});

describe("verifyTotpCode", () => {
  it("accepts a code once: the same code again is refused, even a few seconds later", async () => {
    const db = await getDb();
    const user = await createTestUser(db, { withTwoFactor: true });
    const stored = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret!;
    const at = new Date();
    const code = user.codeAt(at);

    expect(await verifyTotpCode({ userId: user.id, encryptedSecret: stored, code, now: at })).toBe("valid");
    expect(await verifyTotpCode({ userId: user.id, encryptedSecret: stored, code, now: new Date(at.getTime() + 5_000) })).toBe("reused");
    // The next step's code is a new code.
    const next = user.codeAt(new Date(at.getTime() + 30_000));
    expect(await verifyTotpCode({ userId: user.id, encryptedSecret: stored, code: next, now: at })).toBe("valid");
    const wrong = ["123456", "654321", "111111"].find((c) => ![code, next, user.codeAt(new Date(at.getTime() - 30_000))].includes(c))!;
    expect(await verifyTotpCode({ userId: user.id, encryptedSecret: stored, code: wrong, now: at })).toBe("invalid");
  });

  it("keeps one user's used codes apart from another's", async () => {
    const db = await getDb();
    const a = await createTestUser(db, { withTwoFactor: true });
    const b = await createTestUser(db, { withTwoFactor: true });
    const at = new Date();
    for (const user of [a, b]) {
      const stored = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret!;
      expect(await verifyTotpCode({ userId: user.id, encryptedSecret: stored, code: user.codeAt(at), now: at })).toBe("valid");
    }
  });
});
