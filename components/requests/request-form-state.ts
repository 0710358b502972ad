// What the request form's server action answers when it cannot file the request: the errors, and
// everything the subject typed, so nothing is lost.
import type { RequestFieldErrors } from "@/lib/requests/schemas";

export type RequestFormState = {
  fieldErrors: RequestFieldErrors;
  formError?: string;
  values: Partial<Record<string, string>>;
} | null;
