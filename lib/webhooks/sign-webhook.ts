// The signature of one delivery: HMAC-SHA256 with the endpoint's secret over "<unix seconds>.<raw body>",
// sent as `Rightsdesk-Signature: t=<unix seconds>,v1=<hex>`. The timestamp inside the signed text lets
// receivers refuse replays of an old delivery (verify-webhook-signature.ts).
import { createHmac } from "node:crypto";

export function signatureFor(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** The header value for `body` sent at `now`. */
export function signWebhook(secret: string, body: string, now: Date): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${signatureFor(secret, timestamp, body)}`;
}
