// The schema each request-page form checks with in the browser; the server parses with the same ones.
import type { z } from "zod";
import type { RequestFormContext } from "@/lib/requests/schemas";
import { requestSchemaFor } from "@/lib/requests/schemas";
import {
  answerSchema,
  assignSchema,
  completeSchema,
  denySchema,
  duplicateSchema,
  extendByDaysSchema,
  extendByMonthsSchema,
  fieldErrorsFrom,
  forwardSchema,
  intakeExtrasSchema,
  noteSchema,
  replySchema,
  requestInfoSchema,
  withdrawSchema,
} from "@/lib/requests/action-schemas";

const SCHEMAS = {
  assign: assignSchema,
  note: noteSchema,
  reply: replySchema,
  requestInfo: requestInfoSchema,
  answer: answerSchema,
  markDuplicate: duplicateSchema,
  deny: denySchema,
  extendMonths: extendByMonthsSchema,
  extendDays: extendByDaysSchema,
  complete: completeSchema,
  forward: forwardSchema,
  withdraw: withdrawSchema,
} satisfies Record<string, z.ZodType>;

export type FormSchemaKey = keyof typeof SCHEMAS | "intake" | "none";

/** Field errors for `values`, or null when they pass. */
export function validateForm(key: FormSchemaKey, values: Record<string, string>, intake?: RequestFormContext): Partial<Record<string, string[]>> | null {
  if (key === "none") return null;
  if (key === "intake") {
    if (!intake) return null;
    const request = requestSchemaFor(intake, "staff").safeParse(values);
    const extras = intakeExtrasSchema.safeParse(values);
    if (request.success && extras.success) return null;
    return { ...(request.success ? {} : fieldErrorsFrom(request.error)), ...(extras.success ? {} : fieldErrorsFrom(extras.error)) };
  }
  const parsed = SCHEMAS[key].safeParse(values);
  return parsed.success ? null : fieldErrorsFrom(parsed.error);
}
