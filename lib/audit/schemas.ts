// The audit log's filters: one schema, used by the filter form in the browser and parsed again from the
// address by the page and the export, so a filtered view can be bookmarked, shared and exported as it is.
import { z } from "zod";
import { firstValue, isBackwards, isoDay } from "@/lib/exports/schemas";
import { plainText } from "@/lib/http/plain-text";
import { REFERENCE_PATTERN } from "@/lib/requests/reference";

export const AUDIT_PAGE_SIZE = 50;

const text = (max: number, tooLong: string) =>
  z.preprocess((value) => firstValue(value) ?? "", plainText().trim().max(max, { error: tooLong }));

export const auditFiltersSchema = z
  .object({
    /** Part of the actor's email address, any case. */
    actor: text(254, "Enter at most 254 characters.").transform((v) => v.toLowerCase()),
    /** An action (request.assign) or a family of them (request, auth). */
    action: text(80, "Enter at most 80 characters.")
      .transform((v) => v.toLowerCase().replace(/\.+$/, ""))
      .refine((v) => /^[a-z0-9_.]*$/.test(v), { error: "Enter an action such as request.assign, or a family such as request." }),
    /** A whole request reference, any case. */
    request: text(40, "Enter a whole reference: its letters, year and number.")
      .transform((v) => v.toUpperCase())
      .refine((v) => v === "" || REFERENCE_PATTERN.test(v), { error: "Enter a whole reference: its letters, year and number." }),
    from: isoDay("first day", { isOptional: true }),
    to: isoDay("last day", { isOptional: true }),
  })
  .refine((v) => !isBackwards(v.from, v.to), { path: ["to"], error: "The last day must be the first day or later." });

export type AuditFiltersInput = z.input<typeof auditFiltersSchema>;
export type AuditFilters = z.output<typeof auditFiltersSchema>;
export type AuditFilterField = keyof AuditFilters;

export const AUDIT_FILTER_FIELDS: readonly AuditFilterField[] = ["actor", "action", "request", "from", "to"];

export const EMPTY_AUDIT_FILTERS: AuditFilters = { actor: "", action: "", request: "", from: "", to: "" };

const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;

export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

export type ParsedAuditView =
  | { ok: true; filters: AuditFilters; after: string | null; before: string | null }
  /** What was typed (kept in the form) and the message for each field that is not right. */
  | { ok: false; values: Record<AuditFilterField, string>; fieldErrors: Partial<Record<AuditFilterField, string>> };

function raw(searchParams: RawSearchParams): Record<string, unknown> {
  return searchParams instanceof URLSearchParams ? Object.fromEntries(searchParams) : searchParams;
}

/** The filters and page in an address. Filters that are not right come back with their messages. */
export function parseAuditView(searchParams: RawSearchParams): ParsedAuditView {
  const params = raw(searchParams);
  const parsed = auditFiltersSchema.safeParse(params);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<AuditFilterField, string>> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as AuditFilterField;
      fieldErrors[key] ??= issue.message;
    }
    const values = Object.fromEntries(
      AUDIT_FILTER_FIELDS.map((f) => {
        const v = firstValue(params[f]);
        return [f, typeof v === "string" ? v : ""];
      }),
    ) as Record<AuditFilterField, string>;
    return { ok: false, values, fieldErrors };
  }
  const cursor = (name: string) => {
    const v = firstValue(params[name]);
    return typeof v === "string" && CURSOR.test(v) ? v : null;
  };
  const after = cursor("after");
  return { ok: true, filters: parsed.data, after, before: after ? null : cursor("before") };
}

/** The search parameters of `filters` (and a page), leaving out empty ones. */
export function auditSearchParams(filters: Partial<Record<AuditFilterField, string>>, page: { after?: string | null; before?: string | null } = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of AUDIT_FILTER_FIELDS) {
    const value = filters[field];
    if (value) params.set(field, value);
  }
  if (page.after) params.set("after", page.after);
  else if (page.before) params.set("before", page.before);
  return params;
}

export function auditHref(orgSlug: string, filters: Partial<Record<AuditFilterField, string>>, page: { after?: string | null; before?: string | null } = {}): string {
  const query = auditSearchParams(filters, page).toString();
  return `/dashboard/${orgSlug}/audit${query ? `?${query}` : ""}`;
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return AUDIT_FILTER_FIELDS.some((f) => filters[f] !== "");
}
