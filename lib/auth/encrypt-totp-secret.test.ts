import { describe, expect, it } from "vitest";
import { decryptTotpSecret, encryptTotpSecret, TotpSecretUnreadableError } from "./encrypt-totp-secret";

const appSecret = "an-app-secret-of-at-least-32-characters!";
const userId = "3f1c2d9e-0000-4000-8000-000000000001";
const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

describe("TOTP secrets at rest", () => {
  it("round-trips, and never stores the secret in the clear", () => {
    const stored = encryptTotpSecret(secret, userId, appSecret);
    expect(stored).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(stored).not.toContain(secret);
    expect(decryptTotpSecret(stored, userId, appSecret)).toBe(secret);
    // A fresh IV each time: the same secret never looks the same twice.
    expect(encryptTotpSecret(secret, userId, appSecret)).not.toBe(stored);
  });

  it("detects any change to the stored value", () => {
    const stored = encryptTotpSecret(secret, userId, appSecret);
    const bytes = Buffer.from(stored.slice(3), "base64url");
    for (const index of [0, 14, bytes.length - 1]) {
      const altered = Buffer.from(bytes);
      altered[index]! ^= 0x01;
      expect(() => decryptTotpSecret(`v1.${altered.toString("base64url")}`, userId, appSecret)).toThrow(TotpSecretUnreadableError);
    }
    expect(() => decryptTotpSecret(stored.slice(0, -4), userId, appSecret)).toThrow(TotpSecretUnreadableError);
    expect(() => decryptTotpSecret("v2." + stored.slice(3), userId, appSecret)).toThrow(TotpSecretUnreadableError);
    expect(() => decryptTotpSecret("garbage", userId, appSecret)).toThrow(TotpSecretUnreadableError);
  });

  it("does not decrypt for another user or with another app secret", () => {
    const stored = encryptTotpSecret(secret, userId, appSecret);
    expect(() => decryptTotpSecret(stored, "3f1c2d9e-0000-4000-8000-000000000002", appSecret)).toThrow(TotpSecretUnreadableError);
    expect(() => decryptTotpSecret(stored, userId, `${appSecret}-rotated`)).toThrow(TotpSecretUnreadableError);
  });
});
