// Turning two-factor authentication on (proving the app has the secret) and off (officers and viewers
// only, with a current code). Each change is audited in its own transaction.
import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { isTwoFactorRequired } from "./needs-two-factor-setup";
import { fieldErrorsOf, totpCodeSchema } from "./schemas";
import { rateLimitedMessage } from "./sign-in-errors";
import { verifyTotpCode } from "./verify-totp-code";

export type TwoFactorChangeResult =
  | { ok: true }
  | { ok: false; fieldErrors: Record<string, string[] | undefined>; formError?: string };

const WRONG_CODE = "That code is not right, or it was already used. Enter the current code from your authenticator app.";

type Args = { userId: string; actor: AuditActor; raw: unknown; now: Date };

/** Codes tried on this page count like sign-in attempts: a stolen session cannot guess its way through. */
async function limitCodeChecks(userId: string, now: Date) {
  const env = getEnv();
  return hitRateLimit({
    key: `totp-check:${userId}`,
    max: env.SIGNIN_RATE_LIMIT_ACCOUNT_IP_MAX,
    windowSeconds: env.SIGNIN_RATE_LIMIT_WINDOW_SECONDS,
    now,
  });
}

async function checkCode({ userId, raw, now }: Args, encryptedSecret: string): Promise<TwoFactorChangeResult> {
  const parsed = totpCodeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const limit = await limitCodeChecks(userId, now);
  if (!limit.allowed) return { ok: false, fieldErrors: {}, formError: rateLimitedMessage(limit.retryAfterSeconds) };
  const check = await verifyTotpCode({ userId, encryptedSecret, code: parsed.data.code, now });
  return check === "valid" ? { ok: true } : { ok: false, fieldErrors: { code: [WRONG_CODE] } };
}

export async function enableTwoFactor(args: Args): Promise<TwoFactorChangeResult> {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: args.userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) return { ok: true };
  if (!user.totpSecret) return { ok: false, fieldErrors: {}, formError: "The setup has expired. Reload the page and scan the new code." };

  const checked = await checkCode(args, user.totpSecret);
  if (!checked.ok) return checked;
  await db.$transaction(async (tx) => {
    // The secret must still be the one the code was checked against.
    const enabled = await tx.user.updateMany({
      where: { id: args.userId, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: { totpEnabledAt: args.now },
    });
    if (enabled.count !== 1) return;
    await recordAudit(tx, {
      organizationId: null,
      actor: args.actor,
      action: "auth.totp_enabled",
      targetType: "User",
      targetId: args.userId,
      before: { twoFactor: false },
      after: { twoFactor: true },
    });
  });
  return { ok: true };
}

export async function disableTwoFactor(args: Args): Promise<TwoFactorChangeResult> {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: args.userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user.totpEnabledAt || !user.totpSecret) return { ok: true };
  if (await isTwoFactorRequired(args.userId)) {
    return { ok: false, fieldErrors: {}, formError: "Owners and admins must use two-factor authentication, so it cannot be turned off." };
  }

  const checked = await checkCode(args, user.totpSecret);
  if (!checked.ok) return checked;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: args.userId }, data: { totpSecret: null, totpEnabledAt: null } });
    await recordAudit(tx, {
      organizationId: null,
      actor: args.actor,
      action: "auth.totp_disabled",
      targetType: "User",
      targetId: args.userId,
      before: { twoFactor: true },
      after: { twoFactor: false },
    });
  });
  return { ok: true };
}
