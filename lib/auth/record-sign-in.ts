// What a sign-in leaves behind: the user's last sign-in time and an audit record — or, for a failed
// attempt, an audit record with the email that was tried (never the password).
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";

export type SignInMethod = "password" | "email-link";

/** What next-auth keeps of a user who signed in: it goes into the session token. */
export type AuthorizedUser = { id: string; email: string; name: string; sessionVersion: number };

export async function recordSignIn(
  tx: Tx,
  args: { user: AuthorizedUser; method: SignInMethod; usedTwoFactor: boolean; ip: string; now: Date },
): Promise<void> {
  const { user, method, usedTwoFactor, ip, now } = args;
  await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await recordAudit(tx, {
    organizationId: null,
    actor: { userId: user.id, email: user.email, ip },
    action: "auth.sign_in",
    targetType: "User",
    targetId: user.id,
    after: { method, twoFactor: usedTwoFactor },
  });
}

export async function recordSignInFailure(args: {
  email: string | null;
  userId: string | null;
  method: SignInMethod;
  reason: string;
  ip: string;
}): Promise<void> {
  const db = await getDb();
  await db.$transaction((tx) =>
    recordAudit(tx, {
      organizationId: null,
      actor: { userId: args.userId, email: args.email, ip: args.ip },
      action: "auth.sign_in_failed",
      targetType: "User",
      targetId: args.userId,
      after: { method: args.method },
      reason: args.reason,
    }),
  );
}
