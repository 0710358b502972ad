// One zod schema per staff or subject form on a request. The forms check with them in the browser,
// and the lib functions parse with them again on the server, so a rule cannot differ between them.
import { z } from "zod";
import { plainText } from "@/lib/http/plain-text";
import { PAUSE_REASONS, type PauseReason } from "@/lib/deadlines";
import { REFERENCE_PATTERN } from "./reference";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const text = (what: string, { min = 1, max = 5000 }: { min?: number; max?: number } = {}) =>
  plainText({ error: `${what} is required.` })
    .trim()
    .min(1, `${what} is required.`)
    .refine((value) => value.length === 0 || value.length >= min, `${what} must be at least ${min} characters.`)
    .max(max, `${what} can be at most ${max} characters.`);

const uuid = (message: string) => z.string({ error: message }).regex(/^[0-9a-f-]{36}$/i, message);

/** Assign to a member (or "" to unassign). Claiming is assigning to oneself. */
export const assignSchema = z.object({
  assigneeId: z.preprocess(blankToUndefined, uuid("Choose a member of your organization.").optional()),
});

export const noteSchema = z.object({ note: text("The note") });

export const replySchema = z.object({ message: text("The message") });

/** What the subject is asked for decides, by the request's law, whether the clock stops (clockStopsFor). */
export const requestInfoSchema = z.object({
  reason: z.enum(PAUSE_REASONS as readonly [PauseReason, ...PauseReason[]], { error: "Choose what you are asking the subject for." }),
  question: text("The question"),
});

export const answerSchema = z.object({ answer: text("Your answer") });

export const duplicateSchema = z.object({
  reference: z
    .string({ error: "Enter the reference of the original request." })
    .trim()
    .toUpperCase()
    .min(1, "Enter the reference of the original request.")
    .regex(REFERENCE_PATTERN, "A reference looks like OPSIQ-2026-000123."),
  note: z.preprocess(blankToUndefined, text("The note", { max: 2000 }).optional()),
});

export const denySchema = z.object({ reason: text("The reason", { min: 10 }) });

// The subject reads the reason (status page and email): the law asks for it with the notice of extension.
const extensionReason = text("The reason", { min: 10, max: 2000 });

const wholeNumber = (missing: string, max: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: missing })
      .int("Enter a whole number.")
      .min(1, "An extension must be at least 1.")
      .max(max, `An extension can be at most ${max}.`),
  );

/** GDPR and UK GDPR extend by whole months (1 or 2); the deadline engine checks the regime's maximum again. */
export const extendByMonthsSchema = z.object({ months: wholeNumber("Choose how many months.", 2), reason: extensionReason });

/** Every other regime that has an extension extends by days; none allows more than 365 (lib/deadlines). */
export const extendByDaysSchema = z.object({ days: wholeNumber("Enter the number of days.", 365), reason: extensionReason });

export const COMPLETE_OUTCOMES = ["FULFILLED", "PARTIALLY_FULFILLED", "NO_DATA_FOUND"] as const;

export const completeSchema = z.object({
  outcome: z.enum(COMPLETE_OUTCOMES, { error: "Choose the outcome." }),
  message: text("The message to the subject"),
});

export const NEW_CUSTOMER = "new";

export const forwardSchema = z
  .object({
    customerId: z.union([z.literal(NEW_CUSTOMER), uuid("Choose the customer, or add a new one.")], {
      error: "Choose the customer, or add a new one.",
    }),
    customerName: z.preprocess(blankToUndefined, text("The customer's name", { max: 200 }).optional()),
    contactEmail: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .toLowerCase()
        .max(254, "An email address can be at most 254 characters.")
        .pipe(z.email({ error: "Enter an email address like privacy@customer.example." }))
        .optional(),
    ),
    note: z.preprocess(blankToUndefined, text("The note to the customer", { max: 2000 }).optional()),
  })
  .superRefine((input, ctx) => {
    if (input.customerId !== NEW_CUSTOMER) return;
    if (!input.customerName) ctx.addIssue({ code: "custom", path: ["customerName"], message: "Enter the customer's name." });
    if (!input.contactEmail) {
      ctx.addIssue({ code: "custom", path: ["contactEmail"], message: "Enter the customer's privacy contact email." });
    }
  });

export const withdrawSchema = z.object({ reason: text("How the subject asked to withdraw", { max: 2000 }) });

export const INTAKE_CHANNELS = ["EMAIL", "PHONE"] as const;

/** What staff add to the portal's request fields when they record a request received by email or phone. */
export const intakeExtrasSchema = z.object({
  channel: z.enum(INTAKE_CHANNELS, { error: "Choose how the request reached you." }),
  identityNote: z.preprocess(blankToUndefined, text("The note", { max: 2000 }).optional()),
});

export type AssignInput = z.input<typeof assignSchema>;
export type NoteInput = z.input<typeof noteSchema>;
export type ReplyInput = z.input<typeof replySchema>;
export type RequestInfoInput = z.input<typeof requestInfoSchema>;
export type AnswerInput = z.input<typeof answerSchema>;
export type DuplicateInput = z.input<typeof duplicateSchema>;
export type DenyInput = z.input<typeof denySchema>;
/** `months` or `days`, whichever the request's regime extends by (extensionOffer), as typed or as a number. */
export type ExtendInput = { reason: string; months?: number | string; days?: number | string };
export type CompleteInput = z.input<typeof completeSchema>;
export type ForwardInput = z.input<typeof forwardSchema>;
export type WithdrawInput = z.input<typeof withdrawSchema>;
export type IntakeExtrasInput = z.input<typeof intakeExtrasSchema>;

/** Field errors as `{ field: [messages] }`. */
export function fieldErrorsFrom(error: z.ZodError): Partial<Record<string, string[]>> {
  return z.flattenError(error).fieldErrors as Partial<Record<string, string[]>>;
}
