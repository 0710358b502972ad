// Sign-in with an emailed link (next-auth's "email-link" provider). The link is used up only by a
// sign-in that succeeds — a wrong two-factor code leaves it usable — and exactly once, even when it is
// sent twice at the same moment.
import "server-only";
import { getDb } from "@/lib/db/client";
import { hashLinkToken, looksLikeLinkToken } from "@/lib/requests/tokens";
import type { SignInResult } from "./authenticate-password";
import { limitSignIn } from "./limit-sign-in";
import { recordSignIn, recordSignInFailure, type AuthorizedUser } from "./record-sign-in";
import { signInLinkSchema } from "./schemas";
import type { SignInFailure } from "./sign-in-errors";
import { verifyTotpCode } from "./verify-totp-code";

export async function redeemSignInLink({ raw, ip, now }: { raw: unknown; ip: string; now: Date }): Promise<SignInResult> {
  const parsed = signInLinkSchema.safeParse(raw);
  const token = parsed.success ? parsed.data.token : "";
  const db = await getDb();
  const link = looksLikeLinkToken(token)
    ? await db.authToken.findUnique({ where: { tokenHash: hashLinkToken(token) }, include: { user: true } })
    : null;
  const user = link?.purpose === "EMAIL_SIGN_IN" ? link.user : null;

  const limit = await limitSignIn({ email: user?.email ?? null, ip, now });
  if (!limit.allowed) return { ok: false, failure: { code: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds } };

  const fail = async (reason: string, failure: SignInFailure): Promise<SignInResult> => {
    await recordSignInFailure({ email: user?.email ?? null, userId: user?.id ?? null, method: "email-link", reason, ip });
    return { ok: false, failure };
  };
  if (!link || !user) return fail("link_invalid", { code: "LINK_INVALID" });
  if (link.usedAt) return fail("link_used", { code: "LINK_USED" });
  if (link.expiresAt <= now) return fail("link_expired", { code: "LINK_EXPIRED" });

  const usesTwoFactor = Boolean(user.totpEnabledAt && user.totpSecret);
  if (usesTwoFactor) {
    const code = parsed.success ? parsed.data.code : undefined;
    if (!code) {
      await limit.refund();
      return { ok: false, failure: { code: "TOTP_REQUIRED" } };
    }
    const check = await verifyTotpCode({ userId: user.id, encryptedSecret: user.totpSecret!, code, now });
    if (check !== "valid") return fail(check === "reused" ? "totp_reused" : "wrong_totp", { code: "TOTP_INVALID" });
  }

  const authorized: AuthorizedUser = { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
  const isClaimed = await db.$transaction(async (tx) => {
    // Only one sign-in finds the link unused.
    const claimed = await tx.authToken.updateMany({
      where: { id: link.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return false;
    await recordSignIn(tx, { user: authorized, method: "email-link", usedTwoFactor: usesTwoFactor, ip, now });
    return true;
  });
  if (!isClaimed) return fail("link_used", { code: "LINK_USED" });
  await limit.refund();
  return { ok: true, user: authorized };
}
