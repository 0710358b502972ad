// What a webhook receiver runs on each delivery (docs/webhooks.md shows the same code): the signature header
// names a timestamp and one or more v1 signatures; one of them must be the HMAC-SHA256 of "<t>.<raw body>"
// with the endpoint's secret (compared in constant time), and t must be within the tolerance of the
// receiver's clock, so a captured delivery cannot be replayed later. No server-only import: receivers use it.
import { createHmac, timingSafeEqual } from "node:crypto";

export const DEFAULT_TOLERANCE_SECONDS = 300;

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; reason: "malformed" | "stale" | "mismatch" };

export function verifyWebhookSignature(args: {
  secret: string;
  /** The Rightsdesk-Signature header. */
  header: string | null | undefined;
  /** The request body exactly as received (before any JSON parsing). */
  body: string | Buffer;
  now?: Date;
  toleranceSeconds?: number;
}): SignatureCheck {
  const { secret, header, body, now = new Date(), toleranceSeconds = DEFAULT_TOLERANCE_SECONDS } = args;
  if (!header) return { ok: false, reason: "malformed" };
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2);
    if (key === "t" && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === "v1" && value && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  if (timestamp === null || signatures.length === 0) return { ok: false, reason: "malformed" };
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return { ok: false, reason: "stale" };

  const expected = createHmac("sha256", secret)
    .update(`${timestamp}.`)
    .update(body)
    .digest();
  const matches = signatures.some((s) => timingSafeEqual(Buffer.from(s, "hex"), expected));
  return matches ? { ok: true, timestamp } : { ok: false, reason: "mismatch" };
}
