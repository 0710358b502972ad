// The sign-in and two-factor forms' schemas. The browser forms (react-hook-form + zodResolver) and the
// server (next-auth's authorize, server actions) parse input with the same ones.
import { z } from "zod";

/** Empty form fields arrive as "": treat them as not given. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const emailField = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "An email address can be at most 254 characters.")
  .pipe(z.email({ error: "Enter an email address like name@example.com." }));

/** A 6-digit code from an authenticator app; spaces (as some apps show "123 456") are ignored. */
export const totpCodeField = z
  .string({ error: "Enter the 6-digit code from your authenticator app." })
  .transform((value) => value.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app."));

/** Email and password; `code` only once the server asked for it (the account uses two-factor authentication). */
export const signInSchema = z.object({
  email: emailField,
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    // Long enough for any passphrase, short enough that hashing it costs nothing unusual.
    .max(1024, "A password can be at most 1024 characters."),
  code: z.preprocess(blankToUndefined, totpCodeField.optional()),
});
export type SignInInput = z.input<typeof signInSchema>;

/** "Email me a sign-in link". */
export const signInLinkRequestSchema = z.object({ email: emailField });
export type SignInLinkRequestInput = z.input<typeof signInLinkRequestSchema>;

/** The "Continue" step of an emailed link: the link's token, and the code when the account uses two-factor. */
export const signInLinkSchema = z.object({
  token: z.string().trim().max(200),
  code: z.preprocess(blankToUndefined, totpCodeField.optional()),
});

/** A current code, to turn two-factor authentication on or off. */
export const totpCodeSchema = z.object({ code: totpCodeField });
export type TotpCodeInput = z.input<typeof totpCodeSchema>;

/** Field errors as `{ field: [messages] }`. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[] | undefined> {
  return z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
}
