// What the sign-in and security forms' server actions answer: errors next to fields, a message for the
// whole form, and what was typed (never a password or a code).

export type FieldErrors = Record<string, string[] | undefined>;

export type SignInLinkRequestState =
  | { status: "sent"; email: string }
  | { status: "error"; fieldErrors: FieldErrors; formError?: string; email: string }
  | null;

export type TwoFactorFormState = { fieldErrors: FieldErrors; formError?: string } | null;
