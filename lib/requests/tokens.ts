// Secrets we put in links: 256 random bits, and only their SHA-256 is stored, so a copy of the
// database does not hand out working links.
import { createHash, randomBytes } from "node:crypto";

export function createLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A quick shape check before touching the database: 32 bytes in base64url are 43 characters. */
export function looksLikeLinkToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
