// "Email me a sign-in link": a single-use link, valid for 15 minutes, emailed through the outbox when
// the address belongs to an account. The answer is the same whether or not it does.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { kickOutbox } from "@/lib/worker/background-worker";
import { signInLinkEmail } from "@/lib/email/templates/auth-emails";
import { getEnv } from "@/lib/env";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { rateLimitAddress } from "@/lib/rate-limit/rate-limit-address";
import { createLinkToken } from "@/lib/requests/tokens";
import { fieldErrorsOf, signInLinkRequestSchema } from "./schemas";

export const SIGN_IN_LINK_TTL_MINUTES = 15;

export type RequestSignInLinkResult =
  | { kind: "sent" }
  | { kind: "invalid"; fieldErrors: Record<string, string[] | undefined> }
  | { kind: "rate_limited"; retryAfterSeconds: number };

export async function requestSignInLink({ raw, ip, now }: { raw: unknown; ip: string; now: Date }): Promise<RequestSignInLinkResult> {
  const parsed = signInLinkRequestSchema.safeParse(raw);
  if (!parsed.success) return { kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const { email } = parsed.data;

  // Counted per address whether or not it has an account, so the limit says nothing about that either.
  const env = getEnv();
  const windowSeconds = env.SIGNIN_RATE_LIMIT_WINDOW_SECONDS;
  const limits = [
    await hitRateLimit({ key: `signin-link:address:${email}`, max: env.SIGNIN_LINK_RATE_LIMIT_MAX, windowSeconds, now }),
    await hitRateLimit({ key: `signin-link:ip:${rateLimitAddress(ip)}`, max: env.SIGNIN_RATE_LIMIT_IP_MAX, windowSeconds, now }),
  ];
  const waits = limits.flatMap((l) => (l.allowed ? [] : [l.retryAfterSeconds]));
  if (waits.length > 0) return { kind: "rate_limited", retryAfterSeconds: Math.max(...waits) };

  const db = await getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true } });
  const { token, tokenHash } = createLinkToken();
  await db.$transaction(async (tx) => {
    await recordAudit(tx, {
      organizationId: null,
      actor: { userId: user?.id ?? null, email, ip },
      action: "auth.link_requested",
      targetType: "User",
      targetId: user?.id ?? null,
      after: { accountExists: Boolean(user) },
    });
    if (!user) return;
    // Links that ended more than a day ago are of no use to anyone.
    await tx.authToken.deleteMany({ where: { userId: user.id, expiresAt: { lt: new Date(now.getTime() - 86_400_000) } } });
    await tx.authToken.create({
      data: {
        userId: user.id,
        purpose: "EMAIL_SIGN_IN",
        tokenHash,
        expiresAt: new Date(now.getTime() + SIGN_IN_LINK_TTL_MINUTES * 60_000),
      },
    });
    const message = signInLinkEmail({ name: user.name, link: `${env.APP_URL}/sign-in/link/${token}`, expiresInMinutes: SIGN_IN_LINK_TTL_MINUTES });
    await enqueueEmail(tx, { to: user.email, ...message });
  });
  if (user) kickOutbox();
  return { kind: "sent" };
}
