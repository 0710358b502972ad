// What a user needs to set up two-factor authentication: a secret, kept (encrypted) on the user until
// a code proves the app has it, shown as a QR code and as text. Reloading the page shows the same
// secret, so an app that already scanned it keeps working.
import "server-only";
import QRCode from "qrcode";
import { getDb } from "@/lib/db/client";
import { decryptTotpSecret, encryptTotpSecret, TotpSecretUnreadableError } from "./encrypt-totp-secret";
import { createTotpSecret, totpFor } from "./verify-totp-code";

export type TwoFactorSetup = {
  /** Base32, in groups of four for people who type it in. */
  secretForDisplay: string;
  otpauthUri: string;
  /** An <svg> element, generated on the server from the URI above. */
  qrSvg: string;
};

function readable(stored: string | null, userId: string): string | null {
  if (!stored) return null;
  try {
    return decryptTotpSecret(stored, userId);
  } catch (error) {
    if (error instanceof TotpSecretUnreadableError) return null;
    throw error;
  }
}

/** The pending setup of a user who has not turned two-factor on yet; null when it is on already. */
export async function getTwoFactorSetup(userId: string): Promise<TwoFactorSetup | null> {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, totpSecret: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) return null;

  let secret = readable(user.totpSecret, userId);
  if (!secret) {
    const fresh = createTotpSecret();
    // Two pages rendering at once must not show two different secrets: only one write wins.
    const written = await db.user.updateMany({
      where: { id: userId, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: { totpSecret: encryptTotpSecret(fresh, userId) },
    });
    if (written.count === 1) secret = fresh;
    else {
      const again = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
      if (again.totpEnabledAt) return null;
      secret = readable(again.totpSecret, userId);
      if (!secret) throw new Error("Could not prepare a two-factor secret");
    }
  }

  const otpauthUri = totpFor(secret, user.email).toString();
  const qrSvg = await QRCode.toString(otpauthUri, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#16202b", light: "#ffffff" } });
  return { secretForDisplay: secret.replace(/(.{4})/g, "$1 ").trim(), otpauthUri, qrSvg };
}
