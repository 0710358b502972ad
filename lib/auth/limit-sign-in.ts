// Sign-in attempts, counted three ways, whether or not the account exists (so the limits reveal nothing):
// - per client address (SIGNIN_RATE_LIMIT_IP_MAX): one address trying many accounts is refused until the
//   window ends;
// - per account and address (SIGNIN_RATE_LIMIT_ACCOUNT_IP_MAX): one address guessing one account gets
//   growing delays (lib/rate-limit/hit-backoff-limit.ts), while the owner elsewhere signs in as usual;
// - per account from every address (SIGNIN_RATE_LIMIT_ACCOUNT_MAX, much higher): many addresses guessing one
//   account get growing delays too, and the owner one email. Not counted from an address the account signed
//   in from lately, so no one can slow the owner down at home by guessing from elsewhere.
// Every attempt counts at once, so parallel guesses cannot slip past a limit; an attempt that turns out right
// is then given back, so only failures use up the allowance.
import "server-only";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { hitBackoffLimit } from "@/lib/rate-limit/hit-backoff-limit";
import { hitRateLimit, refundRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { rateLimitAddress } from "@/lib/rate-limit/rate-limit-address";
import { alertPasswordGuessing } from "./alert-password-guessing";

export type SignInLimit = { allowed: true; refund(): Promise<void> } | { allowed: false; retryAfterSeconds: number };

/** How long an address the account signed in from stays exempt from the per-account limit. */
const KNOWN_ADDRESS_DAYS = 30;

async function isKnownAddress({ email, ip, now }: { email: string; ip: string; now: Date }): Promise<boolean> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return false;
  const signIn = await db.auditEvent.findFirst({
    where: { actorUserId: user.id, action: "auth.sign_in", ip, createdAt: { gte: new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000) } },
    select: { id: true },
  });
  return Boolean(signIn);
}

export async function limitSignIn({ email, ip, now }: { email: string | null; ip: string; now: Date }): Promise<SignInLimit> {
  const env = getEnv();
  const windowSeconds = env.SIGNIN_RATE_LIMIT_WINDOW_SECONDS;
  const counted: string[] = [];
  const refused = (retryAfterSeconds: number): SignInLimit => ({ allowed: false, retryAfterSeconds });

  const address = rateLimitAddress(ip);
  const ipKey = `signin:ip:${address}`;
  const perAddress = await hitRateLimit({ key: ipKey, max: env.SIGNIN_RATE_LIMIT_IP_MAX, windowSeconds, now });
  if (!perAddress.allowed) return refused(perAddress.retryAfterSeconds);
  counted.push(ipKey);

  if (email) {
    const pairKey = `signin:account-ip:${email}:${address}`;
    const perPair = await hitBackoffLimit({ key: pairKey, max: env.SIGNIN_RATE_LIMIT_ACCOUNT_IP_MAX, windowSeconds, now });
    if (!perPair.allowed) return refused(perPair.retryAfterSeconds);
    counted.push(pairKey);

    if (!(await isKnownAddress({ email, ip, now }))) {
      const accountKey = `signin:account:${email}`;
      const max = env.SIGNIN_RATE_LIMIT_ACCOUNT_MAX;
      const perAccount = await hitBackoffLimit({ key: accountKey, max, windowSeconds, now });
      if (!perAccount.allowed) return refused(perAccount.retryAfterSeconds);
      counted.push(accountKey);
      if (perAccount.count >= max) await alertPasswordGuessing({ email, failures: perAccount.count, ip, now });
    }
  }

  return {
    allowed: true,
    async refund() {
      for (const key of counted) await refundRateLimit({ key, windowSeconds, now });
    },
  };
}
