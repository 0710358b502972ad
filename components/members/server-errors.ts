// A server action's field errors in the shape react-hook-form shows, so the browser's and the server's
// messages appear in the same place.
import type { FieldErrors, FieldValues } from "react-hook-form";

export function serverFieldErrors<T extends FieldValues>(fieldErrors: Partial<Record<string, string[]>> | undefined): FieldErrors<T> {
  const errors: Record<string, { type: string; message: string }> = {};
  for (const [field, messages] of Object.entries(fieldErrors ?? {})) {
    if (messages?.[0]) errors[field] = { type: "server", message: messages[0] };
  }
  return errors as FieldErrors<T>;
}
