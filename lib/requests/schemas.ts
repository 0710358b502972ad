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

export function requestSchemaFor(context: RequestFormContext) {
  const types = [...context.requestTypes] as [RequestType, ...RequestType[]];
  const relationshipKeys = context.relationships.map((r) => r.key) as [string, ...string[]];
  const processorKeys = new Set(context.relationships.filter((r) => r.queue === "PROCESSOR").map((r) => r.key));

  return z
    .object({
      type: z.enum(types, { error: "Choose what you would like us to do." }),
      relationship: z.enum(relationshipKeys, { error: "Choose how you know this organization." }),
      controllerName: optionalText(200, "The name of the website or company"),
      name: z
        .string({ error: "Enter your name." })
        .trim()
        .min(1, "Enter your name.")
        .max(200, "Your name can be at most 200 characters."),
      email: z
        .string({ error: "Enter your email address." })
        .trim()
        .toLowerCase()
        .min(1, "Enter your email address.")
        .max(254, "An email address can be at most 254 characters.")
        .pipe(z.email({ error: "Enter an email address like name@example.com." })),
      jurisdiction: z
        .string({ error: "Choose where you live." })
        .refine(isJurisdiction, "Choose where you live from the list."),
      details: optionalText(5000, "The details"),
      correctionWrong: optionalText(2000, "What is wrong"),
      correctionRight: optionalText(2000, "What it should say"),
    })
    .superRefine((input, ctx) => {
      if (processorKeys.has(input.relationship) && !input.controllerName) {
        ctx.addIssue({
          code: "custom",
          path: ["controllerName"],
          message: "Name the website or company you dealt with, so we can pass your request to them.",
        });
      }
      if (input.type === "CORRECTION") {
        if (!input.correctionWrong) {
          ctx.addIssue({ code: "custom", path: ["correctionWrong"], message: "Tell us which information is wrong." });
        }
        if (!input.correctionRight) {
          ctx.addIssue({ code: "custom", path: ["correctionRight"], message: "Tell us what it should say instead." });
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
