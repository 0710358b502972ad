// The export forms' schemas: the browser checks with them (react-hook-form) and the route handlers parse
// the same ones from the address, since an export is a GET that downloads.
import { z } from "zod";
import { parseIsoDate } from "@/lib/deadlines/zoned-time";
import { EXPORT_FORMATS } from "./export-format";

/** A search parameter as one value: the first of repeated ones. */
export function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

const format = z.preprocess(firstValue, z.enum(EXPORT_FORMATS, { error: "Choose CSV or NDJSON." }));

/** A checkbox: ticked is true in the browser, "1" (or "on") in an address; anything else is unticked. */
const checkbox = z.preprocess((value) => {
  const v = firstValue(value);
  return v === true || v === "1" || v === "on" || v === "true";
}, z.boolean());

/** A real day written YYYY-MM-DD (2026-02-30 is not one), from 2000 to 2100. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const { year, month, day } = parseIsoDate(text);
  const d = new Date(Date.UTC(year, month - 1, day));
  return year >= 2000 && year <= 2100 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A day as YYYY-MM-DD (what a date input sends), or "" when `isOptional`. */
export function isoDay(what: string, { isOptional = false } = {}) {
  return z.preprocess(
    (value) => firstValue(value) ?? "",
    z
      .string({ error: `Enter the ${what}.` })
      .trim()
      .refine((text) => (isOptional && text === "") || isCalendarDate(text), {
        error: (issue) => (issue.input === "" ? `Enter the ${what}.` : `Enter the ${what} as a real date, such as 2026-01-31.`),
      }),
  );
}

/** Two real days in the wrong order. A day that is not real has its own message already. */
export function isBackwards(from: string, to: string): boolean {
  return isCalendarDate(from) && isCalendarDate(to) && from > to;
}

export const exportFormatSchema = z.object({ format });

/** Exporting the queue's current view: the view comes from the queue's own filters. */
export const requestLogOptionsSchema = z.object({ format, identifiers: checkbox });

/** Exporting the requests received between two days (the organization's calendar), both included. */
export const requestLogRangeSchema = requestLogOptionsSchema
  .extend({ from: isoDay("first day"), to: isoDay("last day") })
  .refine((v) => !isBackwards(v.from, v.to), { path: ["to"], error: "The last day must be the first day or later." });

export type RequestLogOptionsInput = z.input<typeof requestLogOptionsSchema>;
export type RequestLogRangeInput = z.input<typeof requestLogRangeSchema>;
export type RequestLogRange = z.output<typeof requestLogRangeSchema>;

/** Field errors of a failed parse, keyed by field: the first message of each. */
export function exportFieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}
