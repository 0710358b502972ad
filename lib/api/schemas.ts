// The bodies and queries of the staff-side /api/v1 endpoints, made of the schemas the dashboard's forms use
// (lib/requests/action-schemas.ts, lib/requests/queue/schemas.ts, lib/exports/schemas.ts), so openapi.json
// documents exactly what the server parses.
import { z } from "zod";
import {
  assignSchema,
  completeSchema,
  denySchema,
  duplicateSchema,
  extendByDaysSchema,
  extendByMonthsSchema,
  forwardSchema,
  noteSchema,
  requestInfoSchema,
  withdrawSchema,
} from "@/lib/requests/action-schemas";
import { plainText } from "@/lib/http/plain-text";
import { REQUEST_TYPES } from "@/lib/requests/labels";
import { MAX_DUE_WITHIN_DAYS, parseQueueFilters, QUEUE_STATUSES, toUrlToken, type QueueFilters } from "@/lib/requests/queue/schemas";

const nothing = z.object({});

/** The actions POST …/requests/{id}/actions runs, each with the schema its lib function parses. */
export const API_ACTION_SCHEMAS = {
  start: nothing,
  assign: assignSchema,
  note: noteSchema,
  requestInfo: requestInfoSchema,
  resume: nothing,
  // months under GDPR and UK GDPR, days under every other regime that has an extension (extensionOffer).
  extend: z.union([extendByMonthsSchema, extendByDaysSchema]),
  complete: completeSchema,
  forward: forwardSchema,
  markDuplicate: duplicateSchema,
  deny: denySchema,
  withdraw: withdrawSchema,
} as const;

export type ApiAction = keyof typeof API_ACTION_SCHEMAS;

export const API_ACTIONS = Object.keys(API_ACTION_SCHEMAS) as [ApiAction, ...ApiAction[]];

export const actionNameSchema = z.object({
  action: z.enum(API_ACTIONS, { error: `Name the action: one of ${API_ACTIONS.join(", ")}.` }),
});

/** One body per action: its name beside the fields of its form. */
export function actionBodySchemaOf(action: ApiAction) {
  return z.object({ action: z.literal(action) }).and(API_ACTION_SCHEMAS[action]);
}

/** POST …/requests (filing): the one answer, whether or not the subject was known. */
export const filingAnswerSchema = z.object({ status: z.literal("verification_sent") });

export type FilingAnswer = z.output<typeof filingAnswerSchema>;

/** POST …/requests/{id}/files: the completion form's fields, sent as multipart/form-data with the files. */
export const FILE_FIELD = "files";
export const MAX_MULTIPART_BYTES = 55 * 1024 * 1024;

// ---------- Query parameters ----------
// The API refuses a filter value it does not know (422, naming the allowed values) where the dashboard's
// address falls back to the default: a client's typo must not quietly list something else. Values are read
// as the dashboard reads them (any case, IN_PROGRESS as in-progress); the enums below are what openapi.json
// documents.

/** A value as the dashboard's tokens are written: trimmed, lower case, "-" for "_"; empty is absent. */
function normalizeToken(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const token = value.trim().toLowerCase().replace(/_/g, "-");
  return token === "" ? undefined : token;
}

type Tokens = readonly [string, ...string[]];

function choiceMessage(tokens: Tokens, extra?: string) {
  return `Use one of: ${[...tokens, ...(extra ? [extra] : [])].join(", ")}.`;
}

/** An optional parameter that is one of `tokens`, documented as an enum. */
function oneOf<const T extends Tokens>(tokens: T, description: string) {
  return z.preprocess(normalizeToken, z.enum(tokens, { error: choiceMessage(tokens) }).optional()).meta({ description });
}

const STATUS_TOKENS = ["open", "closed", "all", ...QUEUE_STATUSES.map(toUrlToken)] as unknown as Tokens;
const TYPE_TOKENS = ["all", ...REQUEST_TYPES.map(toUrlToken)] as unknown as Tokens;
const ASSIGNEE_TOKENS = ["any", "unassigned"] as const;
const DUE_TOKENS = ["any", "overdue"] as const;
const assigneeMessage = (input: unknown) =>
  input === "me" ? "assignee=me has no meaning for an API key: use a member's id, unassigned or any." : choiceMessage(ASSIGNEE_TOKENS, "a member's id");
const dueMessage = choiceMessage(DUE_TOKENS, `a whole number of days from 0 to ${MAX_DUE_WITHIN_DAYS}`);
// 0 … MAX_DUE_WITHIN_DAYS (366) as digits, so the document can say it too.
const DUE_DAYS = /^(?:[0-2]?\d{1,2}|3[0-5]\d|36[0-6])$/;
const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;
const cursor = (description: string) =>
  z
    .preprocess((value) => (value === "" ? undefined : value), z.string().regex(CURSOR, { error: "Use nextCursor or previousCursor of a page, as it was given." }).optional())
    .meta({ description: `${description}; empty is none` });

/** GET …/requests: the queue's filters, each value checked. */
export const apiRequestListQuerySchema = z.object({
  queue: oneOf(["controller", "processor"], "controller (default) or processor"),
  status: oneOf(STATUS_TOKENS, "open (default), closed, all, or one status"),
  type: oneOf(TYPE_TOKENS, "all (default) or one request type"),
  assignee: z
    .preprocess(
      normalizeToken,
      z
        .union([z.enum(ASSIGNEE_TOKENS, { error: (issue) => assigneeMessage(issue.input) }), z.guid({ error: (issue) => assigneeMessage(issue.input) })])
        .optional(),
    )
    .meta({ description: "any (default), unassigned, or a member's id" }),
  due: z
    .preprocess(
      normalizeToken,
      z.union([z.enum(DUE_TOKENS, { error: dueMessage }), z.string().regex(DUE_DAYS, { error: dueMessage })]).optional(),
    )
    .meta({ description: `any (default), overdue, or N: due within N days (0 = today, at most ${MAX_DUE_WITHIN_DAYS})` }),
  q: plainText().max(254, { error: "Search for a whole reference or an email address (254 characters at most)." }).optional().meta({
    description: "a whole reference (OPSIQ-2026-000123) or an exact email address",
  }),
  sort: oneOf(["due", "received"], "due (default) or received"),
  after: cursor("nextCursor of the previous page"),
  before: cursor("previousCursor of the next page"),
});

/** GET …/requests/{requestId}. */
export const apiRequestReadQuerySchema = z.object({
  reveal: oneOf(["true", "false", "1", "0"], "true shows the subject's identifiers and is recorded in the audit log"),
});

export type QueryParse<T> = { ok: true; value: T } | { ok: false; message: string; fieldErrors: Record<string, string[]> };

/** A query string read with `schema`; a refusal names each bad parameter and what it allows. */
export function parseApiQuery<S extends z.ZodType>(schema: S, searchParams: URLSearchParams): QueryParse<z.output<S>> {
  const parsed = schema.safeParse(Object.fromEntries(searchParams));
  if (parsed.success) return { ok: true, value: parsed.data };
  const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
  const message = Object.entries(fieldErrors)
    .map(([name, messages]) => `${name}: ${messages[0]}`)
    .join(" ");
  return { ok: false, message, fieldErrors };
}

/** The list's query as the queue's filters (the dashboard's own reading of the same tokens). */
export function parseApiRequestListQuery(searchParams: URLSearchParams): QueryParse<QueueFilters> {
  const parsed = parseApiQuery(apiRequestListQuerySchema, searchParams);
  if (!parsed.ok) return parsed;
  const checked = Object.entries(parsed.value).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  return { ok: true, value: parseQueueFilters(new URLSearchParams(checked)) };
}
