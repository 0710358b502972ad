// Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30-second steps, as every authenticator app
// expects). A code is accepted one step either side of now, for clocks that drift, and only once.
import "server-only";
import { Secret, TOTP } from "otpauth";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { decryptTotpSecret } from "./encrypt-totp-secret";

export const TOTP_ISSUER = "Rightsdesk";
const PERIOD_SECONDS = 30;
const DRIFT_STEPS = 1;

export function totpFor(secretBase32: string, label = ""): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random secret (160 bits, the size RFC 4226 recommends) in base32. */
export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The time step `code` belongs to, within one step of `now`; null when it matches none. */
export function matchTotpStep({ secret, code, now }: { secret: string; code: string; now: Date }): number | null {
  const totp = totpFor(secret);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: DRIFT_STEPS });
  if (delta === null) return null;
  return totp.counter({ timestamp: now.getTime() }) + delta;
}

export type TotpCheck = "valid" | "invalid" | "reused";

/**
 * Checks `code` against the user's encrypted secret. A matching code is claimed for its time step, so
 * the same code (seen over a shoulder, or replayed) is refused the second time.
 */
export async function verifyTotpCode(args: { userId: string; encryptedSecret: string; code: string; now: Date }): Promise<TotpCheck> {
  const secret = decryptTotpSecret(args.encryptedSecret, args.userId);
  const step = matchTotpStep({ secret, code: args.code, now: args.now });
  if (step === null) return "invalid";
  // The claim must outlive the code: a step is accepted for at most three steps (one either side).
  const claim = await hitRateLimit({
    key: `totp-used:${args.userId}:${step}`,
    max: 1,
    windowSeconds: (2 * DRIFT_STEPS + 2) * PERIOD_SECONDS,
    now: args.now,
  });
  return claim.allowed ? "valid" : "reused";
}
