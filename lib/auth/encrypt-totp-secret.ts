// TOTP secrets at rest: AES-256-GCM with a key derived (HKDF-SHA256) from the app's secret, and the
// user's id as associated data, so a copied database is useless without the secret and a secret moved
// to another user's row does not decrypt. Changing NEXTAUTH_SECRET makes stored secrets unreadable:
// affected users then set up two-factor authentication again.
import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getAuthSecret } from "./auth-secret";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

function keyFrom(appSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", appSecret, "rightsdesk", "totp-secret/v1", 32));
}

function associatedData(userId: string): Buffer {
  return Buffer.from(`user:${userId}`);
}

/** `v1.<iv+tag+ciphertext in base64url>` */
export function encryptTotpSecret(secret: string, userId: string, appSecret: string = getAuthSecret()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(appSecret), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(userId));
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64url")}`;
}

export class TotpSecretUnreadableError extends Error {
  constructor() {
    super("The stored two-factor secret cannot be decrypted (was NEXTAUTH_SECRET changed?)");
    this.name = "TotpSecretUnreadableError";
  }
}

/** The secret, or TotpSecretUnreadableError when it was altered, belongs to another user or another app secret. */
export function decryptTotpSecret(stored: string, userId: string, appSecret: string = getAuthSecret()): string {
  const [version, payload] = stored.split(".");
  if (version !== VERSION || !payload) throw new TotpSecretUnreadableError();
  const bytes = Buffer.from(payload, "base64url");
  if (bytes.length <= IV_BYTES + TAG_BYTES) throw new TotpSecretUnreadableError();
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(appSecret), bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(userId));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new TotpSecretUnreadableError();
  }
}
