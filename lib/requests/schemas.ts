// The request form's one schema, built for one organization (its request types and relationships).
// The browser form (react-hook-form + zodResolver), the server action and the JSON API all parse
// input with it, so a rule cannot differ between them.
import { z } from "zod";
import type { Queue, RequestType } from "@/lib/db/generated/enums";
import { isJurisdiction } from "./jurisdictions";

export type RequestFormContext = {
  requestTypes: readonly RequestType[];
  relationships: readonly { key: string; queue: Queue }[];
};

export const REQUEST_FIELDS = [
  "type",
  "relationship",
  "controllerName",
  "name",
  "email",
  "jurisdiction",
  "details",
  "correctionWrong",
  "correctionRight",
] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];

/** Empty form fields arrive as "": treat them as not given. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalText = (max: number, what: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: `${what} must be text.` })
      .trim()
      .max(max, `${what} can be at most ${max} characters.`)
      .optional(),
  );

/** Who fills the form in: the subject (portal, API) or staff recording a request on their behalf. */
export type RequestFormAudience = "subject" | "staff";

const MESSAGES = {
  subject: {
    type: "Choose what you would like us to do.",
    relationship: "Choose how you know this organization.",
    name: "Enter your name.",
    nameMax: "Your name can be at most 200 characters.",
    email: "Enter your email address.",
    jurisdiction: "Choose where you live.",
    jurisdictionList: "Choose where you live from the list.",
    controllerName: "Name the website or company you dealt with, so we can pass your request to them.",
    correctionWrong: "Tell us which information is wrong.",
    correctionRight: "Tell us what it should say instead.",
  },
  staff: {
    type: "Choose what the person asks for.",
    relationship: "Choose how the person knows this organization.",
    name: "Enter the person's name.",
    nameMax: "A name can be at most 200 characters.",
    email: "Enter the person's email address.",
    jurisdiction: "Choose where the person lives.",
    jurisdictionList: "Choose where the person lives from the list.",
    controllerName: "Name the customer's website or company the person dealt with.",
    correctionWrong: "Say which information is wrong.",
    correctionRight: "Say what it should say instead.",
  },
} as const;

export function requestSchemaFor(context: RequestFormContext, audience: RequestFormAudience = "subject") {
  const m = MESSAGES[audience];
  const types = [...context.requestTypes] as [RequestType, ...RequestType[]];
  const relationshipKeys = context.relationships.map((r) => r.key) as [string, ...string[]];
  const processorKeys = new Set(context.relationships.filter((r) => r.queue === "PROCESSOR").map((r) => r.key));

  return z
    .object({
      type: z.enum(types, { error: m.type }),
      relationship: z.enum(relationshipKeys, { error: m.relationship }),
      controllerName: optionalText(200, "The name of the website or company"),
      name: z
        .string({ error: m.name })
        .trim()
        .min(1, m.name)
        .max(200, m.nameMax),
      email: z
        .string({ error: m.email })
        .trim()
        .toLowerCase()
        .min(1, m.email)
        .max(254, "An email address can be at most 254 characters.")
        .pipe(z.email({ error: "Enter an email address like name@example.com." })),
      jurisdiction: z
        .string({ error: m.jurisdiction })
        .refine(isJurisdiction, m.jurisdictionList),
      details: optionalText(5000, "The details"),
      correctionWrong: optionalText(2000, "What is wrong"),
      correctionRight: optionalText(2000, "What it should say"),
    })
    .superRefine((input, ctx) => {
      if (processorKeys.has(input.relationship) && !input.controllerName) {
        ctx.addIssue({
          code: "custom",
          path: ["controllerName"],
          message: m.controllerName,
        });
      }
      if (input.type === "CORRECTION") {
        if (!input.correctionWrong) {
          ctx.addIssue({ code: "custom", path: ["correctionWrong"], message: m.correctionWrong });
        }
        if (!input.correctionRight) {
          ctx.addIssue({ code: "custom", path: ["correctionRight"], message: m.correctionRight });
        }
      }
    });
}

export type RequestInput = z.output<ReturnType<typeof requestSchemaFor>>;
export type RequestFieldErrors = Partial<Record<RequestField | "form", string[]>>;

/** Field errors as `{ field: [messages] }`, for forms and the API alike. */
export function fieldErrorsOf(error: z.ZodError): RequestFieldErrors {
  return z.flattenError(error).fieldErrors as RequestFieldErrors;
}
