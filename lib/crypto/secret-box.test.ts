// The secret box: what it seals opens only with the same key and owner, and never shows the plaintext.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openSecret, sealSecret, SecretUnreadableError } from "./secret-box";

describe("secret box", () => {
  const key = randomBytes(32);
  const secret = "whsec_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

  it("opens with the key and owner it was sealed with, and the sealed text does not contain the secret", () => {
    const sealed = sealSecret(secret, "webhook-endpoint:a", key);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(secret.slice(6));
    expect(openSecret(sealed, "webhook-endpoint:a", key)).toBe(secret);
    // A fresh IV each time: two seals of one secret differ.
    expect(sealSecret(secret, "webhook-endpoint:a", key)).not.toBe(sealed);
  });

  it("refuses another key, another owner, and any altered byte", () => {
    const sealed = sealSecret(secret, "webhook-endpoint:a", key);
    expect(() => openSecret(sealed, "webhook-endpoint:a", randomBytes(32))).toThrow(SecretUnreadableError);
    expect(() => openSecret(sealed, "webhook-endpoint:b", key)).toThrow(SecretUnreadableError);
    const bytes = Buffer.from(sealed.slice(3), "base64url");
    for (const at of [0, 12, 28, bytes.length - 1]) {
      const altered = Buffer.from(bytes);
      altered[at]! ^= 1;
      expect(() => openSecret(`v1.${altered.toString("base64url")}`, "webhook-endpoint:a", key)).toThrow(SecretUnreadableError);
    }
    expect(() => openSecret("v2.abc", "webhook-endpoint:a", key)).toThrow(SecretUnreadableError);
  });
});
