// Tells an account's owner, once a day at most, that its per-account sign-in limit tripped: someone is
// guessing the password, probably from many addresses. Nothing is sent for an address without an account.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { passwordGuessingEmail } from "@/lib/email/templates/auth-emails";
import { getEnv } from "@/lib/env";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { kickOutbox } from "@/lib/worker/background-worker";

const ALERT_EVERY_SECONDS = 86_400;

export async function alertPasswordGuessing({ email, failures, ip, now }: { email: string; failures: number; ip: string; now: Date }): Promise<void> {
  const once = await hitRateLimit({ key: `signin:guessing-alert:${email}`, max: 1, windowSeconds: ALERT_EVERY_SECONDS, now });
  if (!once.allowed) return;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true } });
  if (!user) return;
  const env = getEnv();
  const message = passwordGuessingEmail({
    name: user.name,
    failures,
    windowMinutes: Math.ceil(env.SIGNIN_RATE_LIMIT_WINDOW_SECONDS / 60),
    securityLink: `${env.APP_URL}/account/security`,
  });
  await db.$transaction(async (tx) => {
    await recordAudit(tx, {
      organizationId: null,
      actor: { userId: null, email: null, ip },
      action: "auth.password_guessing_alerted",
      targetType: "User",
      targetId: user.id,
      after: { failures },
    });
    await enqueueEmail(tx, { to: user.email, ...message });
  });
  kickOutbox();
}
