// Sign-in with email and password (next-auth's "password" provider), and the second step for accounts
// with two-factor authentication: the code is asked for only once the password was right, so the
// question itself reveals nothing to someone who does not know the password.
import "server-only";
import { getDb } from "@/lib/db/client";
import { limitSignIn } from "./limit-sign-in";
import { recordSignIn, recordSignInFailure, type AuthorizedUser } from "./record-sign-in";
import { signInSchema } from "./schemas";
import type { SignInFailure } from "./sign-in-errors";
import { verifyPassword } from "./verify-password";
import { verifyTotpCode } from "./verify-totp-code";

export type SignInResult = { ok: true; user: AuthorizedUser } | { ok: false; failure: SignInFailure };

/** The address an attempt counts against, even when it is not a valid email. */
function attemptedEmail(raw: unknown): string | null {
  const value = (raw as { email?: unknown } | null)?.email;
  if (typeof value !== "string") return null;
  const email = value.trim().toLowerCase().slice(0, 254);
  return email || null;
}

export async function authenticatePassword({ raw, ip, now }: { raw: unknown; ip: string; now: Date }): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(raw);
  const email = parsed.success ? parsed.data.email : attemptedEmail(raw);

  const limit = await limitSignIn({ email, ip, now });
  if (!limit.allowed) return { ok: false, failure: { code: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds } };

  const fail = async (userId: string | null, reason: string, failure: SignInFailure): Promise<SignInResult> => {
    await recordSignInFailure({ email, userId, method: "password", reason, ip });
    return { ok: false, failure };
  };

  if (!parsed.success) {
    // Costs what a real check costs, like an unknown address.
    await verifyPassword(null, "");
    return fail(null, "invalid_input", { code: "INVALID_CREDENTIALS" });
  }
  const { password, code } = parsed.data;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: parsed.data.email } });
  const isPasswordRight = await verifyPassword(user?.passwordHash, password);
  if (!user) return fail(null, "unknown_email", { code: "INVALID_CREDENTIALS" });
  if (!isPasswordRight) return fail(user.id, "wrong_password", { code: "INVALID_CREDENTIALS" });

  const usesTwoFactor = Boolean(user.totpEnabledAt && user.totpSecret);
  if (usesTwoFactor) {
    if (!code) {
      // Not a failed attempt: the password was right and the next step is the code.
      await limit.refund();
      return { ok: false, failure: { code: "TOTP_REQUIRED" } };
    }
    const check = await verifyTotpCode({ userId: user.id, encryptedSecret: user.totpSecret!, code, now });
    if (check !== "valid") return fail(user.id, check === "reused" ? "totp_reused" : "wrong_totp", { code: "TOTP_INVALID" });
  }

  const authorized: AuthorizedUser = { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
  await db.$transaction((tx) => recordSignIn(tx, { user: authorized, method: "password", usedTwoFactor: usesTwoFactor, ip, now }));
  await limit.refund();
  return { ok: true, user: authorized };
}
