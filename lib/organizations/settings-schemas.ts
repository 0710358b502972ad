// One zod schema per form of an organization's settings (and the form that creates an organization). The
// forms check with them in the browser (react-hook-form + zodResolver); the lib functions parse the posted
// values with the same schema again, so a rule cannot differ between the two.
import { z } from "zod";
import { plainText } from "@/lib/http/plain-text";
import { JURISDICTION_REGIMES, ORGANIZATION_REGIMES } from "@/lib/deadlines/regimes";
import { UK_REGIONS, type UkRegion } from "@/lib/deadlines";
import { LOCALES } from "@/lib/i18n/locales";
import { isCountryCode, isJurisdiction } from "@/lib/requests/jurisdictions";
import { REQUEST_TYPES } from "@/lib/requests/labels";
import { MAX_REMINDER_DAYS_BEFORE } from "@/lib/reminders/reminder-points";
import { isReservedSlug } from "./reserved-slugs";

// ---------- Building blocks ----------

const blankToUndefined = (value: unknown) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value);

const requiredText = (what: string, max: number) =>
  plainText({ error: `Enter ${what}.` })
    .trim()
    .min(1, `Enter ${what}.`)
    .max(max, `That is too long: at most ${max} characters.`);

/** Optional text: blank becomes null, which clears the stored value. */
const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, plainText().trim().max(max, `That is too long: at most ${max} characters.`).optional()).transform((v) => v ?? null);

export const emailAddress = (what: string) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .toLowerCase()
    .min(1, `Enter ${what}.`)
    .max(254, "An email address can be at most 254 characters.")
    .pipe(z.email({ error: "Enter an email address like privacy@example.com." }));

function isWebAddress(value: string, httpsOnly: boolean): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || (!httpsOnly && url.protocol === "http:")) && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** An optional web address: blank becomes null; only https (or http where allowed) with a real host name. */
const optionalWebAddress = ({ httpsOnly }: { httpsOnly: boolean }) =>
  z
    .preprocess(
      blankToUndefined,
      plainText()
        .trim()
        .max(500, "That address is too long: at most 500 characters.")
        .refine(
          (v) => isWebAddress(v, httpsOnly),
          httpsOnly ? "Enter an address that starts with https://, like https://www.example.org." : "Enter a web address like https://www.example.com.",
        )
        .optional(),
    )
    .transform((v) => v ?? null);

/** A whole number typed into a form (a string) or given as a number. */
const wholeNumber = (what: string, min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "number" ? String(v) : v),
    z
      .string({ error: `Enter ${what}.` })
      .trim()
      .min(1, `Enter ${what}.`)
      .regex(/^\d+$/, `${capitalize(what)} must be a whole number.`)
      .transform(Number)
      .pipe(z.number().min(min, `${capitalize(what)} must be between ${min} and ${max}.`).max(max, `${capitalize(what)} must be between ${min} and ${max}.`)),
  );

/** A checkbox: react-hook-form gives a boolean, a posted form "on" or nothing. */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** Checkboxes sharing one name: react-hook-form gives an array, a posted form every checked value. */
function checkedValues<const T extends readonly [string, ...string[]]>(choices: T, error: string) {
  return z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : []),
    z.array(z.enum(choices, { error })).transform((picked) => choices.filter((c) => picked.includes(c)) as T[number][]),
  );
}

/**
 * Lets a cross-field check run while other fields still have errors (zod skips it by default), so a form
 * shows every problem at once; it still waits for the fields it reads.
 */
function whenValid(...fields: string[]) {
  return { when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) => !payload.issues.some((i) => fields.includes(String(i.path?.[0]))) };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------- Choices ----------

// The laws a subject's jurisdiction can bring, and the rules an organization may choose as its own: both
// from the regime registry (lib/deadlines/regimes), never listed here.
export { JURISDICTION_REGIMES, ORGANIZATION_REGIMES };

// The languages live with the rest of the i18n code; the settings form offers the same six.
export { LOCALES, localeLabel } from "@/lib/i18n/locales";

export const CLOCK_STARTS = ["VERIFICATION", "RECEIPT"] as const;

export const QUEUES = ["CONTROLLER", "PROCESSOR"] as const;

// ---------- Checks shared with the pages ----------

const ACCENT = /^#[0-9a-f]{6}$/i;

/** "#RRGGBB" and nothing else: the only shape that may reach a CSS custom property. */
export function isAccentColor(value: unknown): value is string {
  return typeof value === "string" && ACCENT.test(value);
}

const TIME_ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** The IANA name Intl knows `value` by (e.g. "utc" → "UTC"), or null when it is no IANA time zone. */
export function canonicalTimeZone(value: string): string | null {
  if (!TIME_ZONE_NAME.test(value)) return null;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const timeZone = z
  .string({ error: "Choose the time zone." })
  .trim()
  .min(1, "Choose the time zone.")
  .transform((value, ctx) => {
    const canonical = canonicalTimeZone(value);
    if (canonical) return canonical;
    ctx.addIssue({ code: "custom", message: "Choose a time zone from the list, like Europe/Berlin." });
    return z.NEVER;
  });

const country = z
  .string({ error: "Choose the country." })
  .trim()
  .toUpperCase()
  .refine(isCountryCode, "Choose the country from the list.");

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

const slug = z
  .string({ error: "Enter the address name." })
  .trim()
  .toLowerCase()
  .min(2, "The address name needs at least 2 characters.")
  .max(40, "The address name can be at most 40 characters.")
  .regex(SLUG_PATTERN, "Use lower-case letters, digits and hyphens, starting and ending with a letter or digit.")
  .refine((v) => !isReservedSlug(v), "That address is used by Rightsdesk itself: choose another.");

const MAX_LAWS = 20;

/** One law per line (commas inside a law's name are common, so lines separate them). */
const laws = z.preprocess(
  (v) => (Array.isArray(v) ? v.join("\n") : (v ?? "")),
  plainText().transform((text, ctx) => {
    const names = [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))];
    if (names.length > MAX_LAWS) ctx.addIssue({ code: "custom", message: `List at most ${MAX_LAWS} laws.` });
    if (names.some((n) => n.length > 200)) ctx.addIssue({ code: "custom", message: "Each law's name can be at most 200 characters." });
    return names;
  }),
);

const MAX_REMINDER_POINTS = 10;

/** "7, 3, 1, 0": whole days before the due day (0 = on the day), largest first, each once. */
const reminderDays = z.preprocess(
  (v) => (Array.isArray(v) ? v.join(", ") : (v ?? "")),
  z.string().transform((text, ctx) => {
    const parts = text.split(/[\s,;]+/).filter(Boolean);
    const message = `Enter whole numbers of days from 0 to ${MAX_REMINDER_DAYS_BEFORE}, separated by commas, like 7, 3, 1, 0.`;
    if (parts.length === 0) {
      ctx.addIssue({ code: "custom", message: "Enter at least one day, like 7, 3, 1, 0." });
      return z.NEVER;
    }
    if (parts.some((p) => !/^\d+$/.test(p) || Number(p) > MAX_REMINDER_DAYS_BEFORE)) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    const days = [...new Set(parts.map(Number))].sort((a, b) => b - a);
    if (days.length > MAX_REMINDER_POINTS) {
      ctx.addIssue({ code: "custom", message: `Enter at most ${MAX_REMINDER_POINTS} reminder points.` });
      return z.NEVER;
    }
    return days;
  }),
);

// ---------- The forms ----------

export const profileSchema = z
  .object({
    name: requiredText("the organization's name", 100),
    legalName: requiredText("the legal name", 200),
    tagline: optionalText(200),
    website: optionalWebAddress({ httpsOnly: false }),
    policyUrl: optionalWebAddress({ httpsOnly: false }),
    privacyEmail: emailAddress("the privacy team's email address"),
    privacyContactName: optionalText(200),
    postalAddress: optionalText(500),
    country,
    defaultJurisdiction: z.string({ error: "Choose where most people who ask live." }).refine(isJurisdiction, "Choose where most people who ask live."),
    regulatorName: optionalText(200),
    regulatorUrl: optionalWebAddress({ httpsOnly: true }),
    laws,
    regimes: checkedValues(JURISDICTION_REGIMES, "Choose laws from the list."),
    timeZone,
    locale: z.enum(LOCALES, { error: "Choose one of the languages." }),
    accentColor: z
      .preprocess(blankToUndefined, z.string().trim().toLowerCase().regex(ACCENT, "Enter a colour as # and six hex digits, like #1b4a7a.").optional())
      .transform((v) => v ?? null),
  })
  .superRefine((input, ctx) => {
    if (input.regulatorUrl && !input.regulatorName) {
      ctx.addIssue({ code: "custom", path: ["regulatorName"], message: "Enter the regulator's name for its web address." });
    }
  }, whenValid("regulatorName", "regulatorUrl"));

export const MAX_LOGO_BYTES = 512 * 1024;

type FileLike = { name: string; size: number; type: string; arrayBuffer(): Promise<ArrayBuffer> };

function isFileLike(value: unknown): value is FileLike {
  return typeof value === "object" && value !== null && "size" in value && "arrayBuffer" in value;
}

/** The chosen file (a browser's FileList or a posted File), or undefined when none was chosen. */
function chosenFile(value: unknown): FileLike | undefined {
  const candidate =
    typeof value === "object" && value !== null && "item" in value && "length" in value
      ? (value as { item(i: number): unknown }).item(0)
      : value;
  // Browsers post an empty, nameless file when none was chosen.
  return isFileLike(candidate) && (candidate.size > 0 || candidate.name !== "") ? candidate : undefined;
}

/** The logo's size is checked here; what it is, is decided from its bytes on the server (lib/files). */
export const logoSchema = z.object({
  logo: z.preprocess(
    chosenFile,
    z
      .custom<FileLike>((v) => isFileLike(v), { error: "Choose a PNG or JPEG file." })
      .refine((f) => f.size > 0, "That file is empty.")
      .refine((f) => f.size <= MAX_LOGO_BYTES, "The logo can be at most 512 KB."),
  ),
});

export const requestTypesSchema = z.object({
  requestTypes: checkedValues(REQUEST_TYPES, "Choose request types from the list.").refine(
    (types) => types.length > 0,
    "Offer at least one type of request.",
  ),
});

export const relationshipSchema = z
  .object({
    label: requiredText("what the person chooses, like “I have an account”", 120),
    description: optionalText(500),
    queue: z.enum(QUEUES, { error: "Choose who decides about this data." }),
    controllerPrompt: optionalText(200),
  })
  .transform((input) => ({ ...input, controllerPrompt: input.queue === "PROCESSOR" ? input.controllerPrompt : null }));

export const customerSchema = z.object({
  name: requiredText("the customer's name", 200),
  contactEmail: emailAddress("the customer's privacy contact email"),
});

export const deadlinePolicySchema = z
  .object({
    regime: z.enum(ORGANIZATION_REGIMES, { error: "Choose the deadline rule." }),
    clockStart: z.enum(CLOCK_STARTS, { error: "Choose when the clock starts." }),
    holidayRegion: z.enum(UK_REGIONS as readonly [UkRegion, ...UkRegion[]], { error: "Choose whose bank holidays count." }),
    // Only the CUSTOM rule has a period of its own; the form shows these fields only then.
    responseDays: z.preprocess(blankToUndefined, wholeNumber("the number of days", 1, 365).optional()),
    responseBusinessDays: checkbox,
    extensionMaxDays: wholeNumber("the longest extension", 0, 365),
    reminderDaysBefore: reminderDays,
    remindOverdueDaily: checkbox,
    subjectReplyDays: wholeNumber("the days a person has to answer", 1, 90),
    verificationTtlHours: wholeNumber("how long a confirmation link works", 1, 168),
    downloadTtlDays: wholeNumber("how long download links work", 1, 365),
    statusLinkDaysAfterClose: wholeNumber("how long status links work after closing", 1, 730),
    retentionMonths: wholeNumber("the retention period", 1, 120),
  })
  .superRefine((input, ctx) => {
    if (input.regime === "CUSTOM" && input.responseDays === undefined) {
      ctx.addIssue({ code: "custom", path: ["responseDays"], message: "Enter the number of days of your own policy." });
    }
  }, whenValid("regime", "responseDays"));

export const createOrganizationSchema = z.object({
  name: requiredText("the organization's name", 100),
  slug,
  country,
  timeZone,
  privacyEmail: emailAddress("the privacy team's email address"),
});

export type ProfileInput = z.input<typeof profileSchema>;
export type LogoInput = z.input<typeof logoSchema>;
export type RequestTypesInput = z.input<typeof requestTypesSchema>;
export type RelationshipInput = z.input<typeof relationshipSchema>;
export type CustomerInput = z.input<typeof customerSchema>;
export type DeadlinePolicyInput = z.input<typeof deadlinePolicySchema>;
export type CreateOrganizationInput = z.input<typeof createOrganizationSchema>;

/** Field errors as `{ field: [messages] }`. */
export function settingsFieldErrors(error: z.ZodError): Partial<Record<string, string[]>> {
  return z.flattenError(error).fieldErrors as Partial<Record<string, string[]>>;
}
