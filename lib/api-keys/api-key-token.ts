// API key secrets: 256 random bits behind a recognisable "rdk_" prefix (secret scanners can spot a leaked
// one), stored only as their SHA-256. A fast hash is enough for 256 random bits: there is nothing to guess.
import { createHash, randomBytes } from "node:crypto";

export const API_KEY_PREFIX = "rdk_";
/** "rdk_" and 43 base64url characters (32 bytes). */
export const API_KEY_PATTERN = /^rdk_[A-Za-z0-9_-]{43}$/;
/** How much of a key is shown to tell keys apart: "rdk_" and 6 characters (36 bits), useless to an attacker. */
const DISPLAY_LENGTH = API_KEY_PREFIX.length + 6;

export function hashApiKeySecret(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newApiKeyToken(): { token: string; prefix: string; secretHash: string } {
  const token = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, prefix: token.slice(0, DISPLAY_LENGTH), secretHash: hashApiKeySecret(token) };
}
