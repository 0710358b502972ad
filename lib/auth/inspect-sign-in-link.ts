// What the page behind an emailed sign-in link shows: the "Continue" button (and the code field for
// accounts with two-factor authentication), or why the link no longer works. Opening the page uses
// nothing up, so mail scanners that follow links do no harm.
import "server-only";
import { getDb } from "@/lib/db/client";
import { hashLinkToken, looksLikeLinkToken } from "@/lib/requests/tokens";

export type SignInLinkState =
  | { state: "valid"; email: string; needsCode: boolean }
  | { state: "used" }
  | { state: "expired" }
  | { state: "invalid" };

export async function inspectSignInLink({ token, now }: { token: string; now: Date }): Promise<SignInLinkState> {
  if (!looksLikeLinkToken(token)) return { state: "invalid" };
  const db = await getDb();
  const link = await db.authToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { email: true, totpEnabledAt: true, totpSecret: true } } },
  });
  if (!link || link.purpose !== "EMAIL_SIGN_IN") return { state: "invalid" };
  if (link.usedAt) return { state: "used" };
  if (link.expiresAt <= now) return { state: "expired" };
  return { state: "valid", email: link.user.email, needsCode: Boolean(link.user.totpEnabledAt && link.user.totpSecret) };
}
