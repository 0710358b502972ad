// Why a sign-in did not succeed, as the short code next-auth carries back to the browser (the message of
// the error thrown by authorize), and the words the sign-in pages show for it. Safe for the browser.

export const SIGN_IN_ERROR_CODES = [
  "INVALID_CREDENTIALS",
  "TOTP_REQUIRED",
  "TOTP_INVALID",
  "RATE_LIMITED",
  "LINK_INVALID",
  "LINK_EXPIRED",
  "LINK_USED",
  "UNAVAILABLE",
] as const;
export type SignInErrorCode = (typeof SIGN_IN_ERROR_CODES)[number];

export type SignInFailure = { code: SignInErrorCode; retryAfterSeconds?: number };

/** One message for an unknown email and a wrong password, so the answer never tells which it was. */
export const INVALID_CREDENTIALS_MESSAGE = "Email or password is not right.";

export function encodeSignInFailure(failure: SignInFailure): string {
  return failure.code === "RATE_LIMITED" ? `RATE_LIMITED:${failure.retryAfterSeconds ?? 60}` : failure.code;
}

/** Reads what next-auth returned as `error`; anything we did not send becomes UNAVAILABLE. */
export function decodeSignInFailure(value: string | null | undefined): SignInFailure {
  const [code, seconds] = (value ?? "").split(":");
  if (code === "RATE_LIMITED") {
    const retryAfterSeconds = Number(seconds);
    return { code, retryAfterSeconds: Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0 ? retryAfterSeconds : 60 };
  }
  // next-auth's own name for "authorize returned null".
  if (code === "CredentialsSignin") return { code: "INVALID_CREDENTIALS" };
  return { code: (SIGN_IN_ERROR_CODES as readonly string[]).includes(code ?? "") ? (code as SignInErrorCode) : "UNAVAILABLE" };
}

export function minutesFrom(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/** The wait in words: seconds under a minute (the first delays after repeated failures are a few seconds). */
export function rateLimitedMessage(retryAfterSeconds: number): string {
  if (retryAfterSeconds < 60) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    return `Too many sign-in attempts. For your security, please try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
  }
  const minutes = minutesFrom(retryAfterSeconds);
  return `Too many sign-in attempts. For your security, please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

export function signInFailureMessage(failure: SignInFailure): string {
  switch (failure.code) {
    case "INVALID_CREDENTIALS":
      return INVALID_CREDENTIALS_MESSAGE;
    case "TOTP_REQUIRED":
      return "Enter the 6-digit code from your authenticator app.";
    case "TOTP_INVALID":
      return "That code is not right, or it was already used. Enter the current code from your authenticator app.";
    case "RATE_LIMITED":
      return rateLimitedMessage(failure.retryAfterSeconds ?? 60);
    case "LINK_INVALID":
      return "We don't recognise this sign-in link. Ask for a new one.";
    case "LINK_EXPIRED":
      return "This sign-in link has expired. Ask for a new one.";
    case "LINK_USED":
      return "This sign-in link has already been used. Ask for a new one.";
    case "UNAVAILABLE":
      return "Sign-in did not work just now. Please try again in a moment.";
  }
}
