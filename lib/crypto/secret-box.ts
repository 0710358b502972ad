// The one box for secrets the app must read back (webhook signing secrets; later others): AES-256-GCM under
// ENCRYPTION_KEY, or a key derived (HKDF-SHA256) from the auth secret when that is unset, with associated
// data naming the row the secret belongs to — so a copied database is useless without the key, a sealed value
// moved to another row does not open, and any change to it is detected. TOTP secrets keep their own scheme.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { getEnv } from "@/lib/env";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

let cachedKey: Buffer | undefined;

/** ENCRYPTION_KEY, or one derived from the auth secret (stable as long as NEXTAUTH_SECRET is). */
export function secretBoxKey(): Buffer {
  if (cachedKey) return cachedKey;
  const configured = getEnv().ENCRYPTION_KEY;
  cachedKey = configured
    ? Buffer.from(configured, "base64")
    : Buffer.from(hkdfSync("sha256", getAuthSecret(), "rightsdesk", "secret-box/v1", 32));
  return cachedKey;
}

export class SecretUnreadableError extends Error {
  constructor() {
    super("A stored secret cannot be decrypted (was ENCRYPTION_KEY or NEXTAUTH_SECRET changed, or the row altered?)");
    this.name = "SecretUnreadableError";
  }
}

/** `v1.<iv+tag+ciphertext in base64url>`; `associatedData` names the owner, e.g. "webhook-endpoint:<id>". */
export function sealSecret(plaintext: string, associatedData: string, key: Buffer = secretBoxKey()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64url")}`;
}

/** The plaintext, or SecretUnreadableError when the value was altered, moved to another owner or sealed under another key. */
export function openSecret(sealed: string, associatedData: string, key: Buffer = secretBoxKey()): string {
  const [version, payload, extra] = sealed.split(".");
  if (version !== VERSION || !payload || extra !== undefined) throw new SecretUnreadableError();
  const bytes = Buffer.from(payload, "base64url");
  if (bytes.length <= IV_BYTES + TAG_BYTES) throw new SecretUnreadableError();
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(associatedData));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretUnreadableError();
  }
}
