// Sign-in attempts per client address and per account (counted whether or not the account exists).
// Every attempt counts at once, so parallel guesses cannot slip past the limit; an attempt that turns
// out right is then given back, so only failures use up the allowance and people who simply sign in
// often are never locked out.
import "server-only";
import { getEnv } from "@/lib/env";
import { hitRateLimit, refundRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { rateLimitAddress } from "@/lib/rate-limit/rate-limit-address";

export type SignInLimit = { allowed: true; refund(): Promise<void> } | { allowed: false; retryAfterSeconds: number };

type Bucket = { key: string; max: number };

export async function limitSignIn({ email, ip, now }: { email: string | null; ip: string; now: Date }): Promise<SignInLimit> {
  const env = getEnv();
  const windowSeconds = env.SIGNIN_RATE_LIMIT_WINDOW_SECONDS;
  const buckets: Bucket[] = [{ key: `signin:ip:${rateLimitAddress(ip)}`, max: env.SIGNIN_RATE_LIMIT_IP_MAX }];
  if (email) buckets.push({ key: `signin:account:${email}`, max: env.SIGNIN_RATE_LIMIT_ACCOUNT_MAX });

  const results = [];
  for (const bucket of buckets) results.push(await hitRateLimit({ ...bucket, windowSeconds, now }));
  const waits = results.flatMap((r) => (r.allowed ? [] : [r.retryAfterSeconds]));
  if (waits.length > 0) return { allowed: false, retryAfterSeconds: Math.max(...waits) };

  return {
    allowed: true,
    async refund() {
      for (const { key } of buckets) await refundRateLimit({ key, windowSeconds, now });
    },
  };
}
