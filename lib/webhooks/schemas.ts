// The webhooks page's inputs: one zod schema each, checked in the browser (react-hook-form + zodResolver) and
// parsed again on the server. Where the address may point (https, public addresses) is the server's check
// (check-webhook-url.ts): it depends on the deployment's settings and on DNS.
import { z } from "zod";
import { plainText } from "@/lib/http/plain-text";
import { WEBHOOK_EVENT_TYPES } from "./events";

export const MAX_URL_LENGTH = 2000;

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** "Add an endpoint": where to send, a note for the admins, and which events. */
export const endpointSchema = z.object({
  url: plainText({ error: "Enter the address that should receive the events." })
    .trim()
    .min(1, "Enter the address that should receive the events.")
    .max(MAX_URL_LENGTH, `An address can be at most ${MAX_URL_LENGTH} characters.`)
    .refine(isWebAddress, "Enter a full address such as https://hooks.example.com/rightsdesk."),
  description: plainText()
    .trim()
    .max(200, "A description can be at most 200 characters.")
    .optional()
    .transform((v) => (v ? v : undefined)),
  // Checkboxes: none ticked arrives as nothing at all.
  events: z.preprocess(
    (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(WEBHOOK_EVENT_TYPES, { error: "Choose events from the list." })).min(1, "Choose at least one event to send."),
  ),
});
export type EndpointInput = z.input<typeof endpointSchema>;

const optionalUuid = z
  .string()
  .optional()
  .transform((v) => (v && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v) ? v : undefined));

/** The delivery log's filters, from the page's address; anything unknown means "all". */
export const deliveryFilterSchema = z.object({
  endpoint: optionalUuid,
  status: z
    .enum(["PENDING", "DELIVERED", "FAILED"])
    .optional()
    .catch(undefined),
});
export type DeliveryFilter = z.output<typeof deliveryFilterSchema>;

/** Field errors as `{ field: [messages] }`. */
export function fieldErrorsOf(error: z.ZodError): Partial<Record<string, string[]>> {
  return z.flattenError(error).fieldErrors as Partial<Record<string, string[]>>;
}
