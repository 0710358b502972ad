// The request form's one schema, built for one organization (its request types and relationships).
// The browser form (react-hook-form + zodResolver), the server action and the JSON API all parse
// input with it, so a rule cannot differ between them.
import { createTranslator } from "use-intl/core";
import { z } from "zod";
import type { Queue, RequestType } from "@/lib/db/generated/enums";
import { plainText } from "@/lib/http/plain-text";
import { LOCALES } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import en from "@/messages/en.json";
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
  "locale",
] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];

/** Empty form fields arrive as "": treat them as not given. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalText = (max: number, m: Pick<SchemaMessages, "notText" | "controlCharacters">, tooLong: string) =>
  z.preprocess(blankToUndefined, plainText({ error: m.notText, controlCharacters: m.controlCharacters }).trim().max(max, tooLong).optional());

/** Who fills the form in: the subject (portal, API) or staff recording a request on their behalf. */
export type RequestFormAudience = "subject" | "staff";

/** The subject's messages are the catalog's `validation` namespace: the portal passes its page's translator. */
export type RequestMessageKey = keyof Messages["validation"];
export type TranslateRequestMessage = (key: RequestMessageKey, values?: { max: number }) => string;

/** English, from the source catalog: what the JSON API answers. */
export const englishRequestMessages: TranslateRequestMessage = createTranslator({ locale: "en", messages: en, namespace: "validation" });

const LIMITS = { name: 200, email: 254, controllerName: 200, details: 5000, correction: 2000 } as const;

type SchemaMessages = Record<RequestMessageKey, string>;

function subjectMessages(t: TranslateRequestMessage): SchemaMessages {
  return {
    type: t("type"),
    relationship: t("relationship"),
    name: t("name"),
    nameMax: t("nameMax", { max: LIMITS.name }),
    email: t("email"),
    emailMax: t("emailMax", { max: LIMITS.email }),
    emailFormat: t("emailFormat"),
    jurisdiction: t("jurisdiction"),
    jurisdictionList: t("jurisdictionList"),
    controllerName: t("controllerName"),
    controllerNameMax: t("controllerNameMax", { max: LIMITS.controllerName }),
    detailsMax: t("detailsMax", { max: LIMITS.details }),
    correctionWrong: t("correctionWrong"),
    correctionWrongMax: t("correctionWrongMax", { max: LIMITS.correction }),
    correctionRight: t("correctionRight"),
    correctionRightMax: t("correctionRightMax", { max: LIMITS.correction }),
    notText: t("notText"),
    controlCharacters: t("controlCharacters"),
    locale: t("locale"),
  };
}

/** Staff pages stay English, and speak of "the person". */
const STAFF_MESSAGES: SchemaMessages = {
  ...subjectMessages(englishRequestMessages),
  type: "Choose what the person asks for.",
  relationship: "Choose how the person knows this organization.",
  name: "Enter the person's name.",
  nameMax: `A name can be at most ${LIMITS.name} characters.`,
  email: "Enter the person's email address.",
  jurisdiction: "Choose where the person lives.",
  jurisdictionList: "Choose where the person lives from the list.",
  controllerName: "Name the customer's website or company the person dealt with.",
  correctionWrong: "Say which information is wrong.",
  correctionRight: "Say what it should say instead.",
};

/** An email address as the subject types it: trimmed and lowercased, as requests store it. */
function emailAddress(m: SchemaMessages) {
  return z
    .string({ error: m.email })
    .trim()
    .toLowerCase()
    .min(1, m.email)
    .max(LIMITS.email, m.emailMax)
    .pipe(z.email({ error: m.emailFormat }));
}

/** "Email me a fresh link" on an expired status page: the address the request was made with. */
export function freshStatusLinkSchema(translate: TranslateRequestMessage = englishRequestMessages) {
  return z.object({ email: emailAddress(subjectMessages(translate)) });
}

/**
 * The schema for one organization. `translate` gives the subject's messages in their language (the portal's
 * form and action pass the page's translator); without it they are English, as the API answers.
 */
export function requestSchemaFor(
  context: RequestFormContext,
  audience: RequestFormAudience = "subject",
  translate: TranslateRequestMessage = englishRequestMessages,
) {
  const m = audience === "staff" ? STAFF_MESSAGES : subjectMessages(translate);
  const types = [...context.requestTypes] as [RequestType, ...RequestType[]];
  const relationshipKeys = context.relationships.map((r) => r.key) as [string, ...string[]];
  const processorKeys = new Set(context.relationships.filter((r) => r.queue === "PROCESSOR").map((r) => r.key));

  return z
    .object({
      type: z.enum(types, { error: m.type }),
      relationship: z.enum(relationshipKeys, { error: m.relationship }),
      controllerName: optionalText(LIMITS.controllerName, m, m.controllerNameMax),
      name: plainText({ error: m.name, controlCharacters: m.controlCharacters })
        .trim()
        .min(1, m.name)
        .max(LIMITS.name, m.nameMax),
      email: emailAddress(m),
      // Required, and never assumed: the form starts empty or with a suggestion from the browser's language.
      jurisdiction: z
        .string({ error: m.jurisdiction })
        .trim()
        .min(1, { error: m.jurisdiction, abort: true })
        .refine(isJurisdiction, m.jurisdictionList),
      details: optionalText(LIMITS.details, m, m.detailsMax),
      correctionWrong: optionalText(LIMITS.correction, m, m.correctionWrongMax),
      correctionRight: optionalText(LIMITS.correction, m, m.correctionRightMax),
      /** The language the subject wrote in, for every email about the request; the organization's when not given. */
      locale: z.preprocess(blankToUndefined, z.enum(LOCALES, { error: m.locale }).optional()),
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
