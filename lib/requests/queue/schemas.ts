// The staff queue's filters: the one schema that reads them from the URL (so a view can be bookmarked
// and shared) and the one function that writes them back. A bad value falls back to its default.
import { z } from "zod";
import type { Queue, RequestStatus, RequestType } from "@/lib/db/generated/enums";
import { REQUEST_TYPES } from "@/lib/requests/labels";
import { REFERENCE_PATTERN } from "@/lib/requests/reference";

export const QUEUE_PAGE_SIZE = 50;

/** Statuses a staff queue can show: everything but unverified requests, which never reach a queue. */
export type QueueStatus = Exclude<RequestStatus, "PENDING_VERIFICATION">;
export const QUEUE_STATUSES = [
  "NEW",
  "IN_PROGRESS",
  "AWAITING_SUBJECT",
  "COMPLETED",
  "DENIED",
  "WITHDRAWN",
] as const satisfies readonly QueueStatus[];

export type StatusFilter = "open" | "closed" | "all" | QueueStatus;
export type AssigneeFilter = "any" | "me" | "unassigned" | { userId: string };
/** "overdue", or due from now until the end of the day N days from today (0 = today). */
export type DueFilter = "any" | "overdue" | { withinDays: number };
export type QueueSort = "due" | "received";

/** Offered in the form; the URL accepts any whole number of days up to MAX_DUE_WITHIN_DAYS. */
export const DUE_WITHIN_CHOICES = [0, 3, 7, 14, 30] as const;
export const MAX_DUE_WITHIN_DAYS = 366;

export type QueueFilters = {
  queue: Queue;
  status: StatusFilter;
  type: RequestType | "all";
  assignee: AssigneeFilter;
  due: DueFilter;
  /** The search box as typed (trimmed); "" for none. See parseQueueSearch for what it matches. */
  q: string;
  sort: QueueSort;
  /** Opaque keyset cursors: the page after / before the row they name. At most one is set. */
  after: string | null;
  before: string | null;
};

export const DEFAULT_QUEUE_FILTERS: QueueFilters = {
  queue: "CONTROLLER",
  status: "open",
  type: "all",
  assignee: "any",
  due: "any",
  q: "",
  sort: "due",
  after: null,
  before: null,
};

/** IN_PROGRESS ⇄ in-progress: enum values as they read in an address. */
export function toUrlToken(value: string): string {
  return value.toLowerCase().replace(/_/g, "-");
}

function fromUrlToken<T extends string>(allowed: readonly T[]) {
  const byToken = new Map(allowed.map((value) => [toUrlToken(value), value]));
  return (token: string): T | undefined => byToken.get(token.trim().toLowerCase());
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;

/** A search parameter as one string: the first of repeated values, "" when absent. */
const param = z.preprocess((value) => (Array.isArray(value) ? value[0] : value) ?? "", z.string().catch(""));

function field<T>(parse: (token: string) => T | undefined, fallback: T) {
  return param.transform((token) => parse(token) ?? fallback);
}

const statusToken = fromUrlToken(QUEUE_STATUSES);
const typeToken = fromUrlToken(REQUEST_TYPES);
const queueToken = fromUrlToken(["CONTROLLER", "PROCESSOR"] as const);

export const queueFiltersSchema = z.object({
  queue: field((t) => queueToken(t), DEFAULT_QUEUE_FILTERS.queue),
  status: field<StatusFilter>((t) => (t === "open" || t === "closed" || t === "all" ? t : statusToken(t)), "open"),
  type: field<RequestType | "all">((t) => (t === "all" ? t : typeToken(t)), "all"),
  assignee: field<AssigneeFilter>((t) => {
    if (t === "me" || t === "unassigned" || t === "any") return t;
    return UUID.test(t) ? { userId: t.toLowerCase() } : undefined;
  }, "any"),
  due: field<DueFilter>((t) => {
    if (t === "overdue" || t === "any") return t;
    if (!/^\d{1,3}$/.test(t)) return undefined;
    const days = Number(t);
    return days <= MAX_DUE_WITHIN_DAYS ? { withinDays: days } : undefined;
  }, "any"),
  q: param.transform((t) => t.trim().slice(0, 254)),
  sort: field<QueueSort>((t) => (t === "due" || t === "received" ? t : undefined), "due"),
  after: field<string | null>((t) => (CURSOR.test(t) ? t : undefined), null),
  before: field<string | null>((t) => (CURSOR.test(t) ? t : undefined), null),
});

export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** The filters in a URL's search parameters. Never throws: anything unreadable is its default. */
export function parseQueueFilters(searchParams: RawSearchParams): QueueFilters {
  const raw = searchParams instanceof URLSearchParams ? Object.fromEntries(searchParams) : searchParams;
  const filters = queueFiltersSchema.parse(raw);
  // One direction at a time: a hand-edited address with both goes forward.
  return filters.after ? { ...filters, before: null } : filters;
}

/** The search parameters for `filters`, leaving out defaults so addresses stay short. */
export function queueSearchParams(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  const d = DEFAULT_QUEUE_FILTERS;
  if (filters.queue !== d.queue) params.set("queue", toUrlToken(filters.queue));
  if (filters.status !== d.status) params.set("status", toUrlToken(filters.status));
  if (filters.type !== d.type) params.set("type", toUrlToken(filters.type));
  if (filters.assignee !== d.assignee) {
    params.set("assignee", typeof filters.assignee === "string" ? filters.assignee : filters.assignee.userId);
  }
  if (filters.due !== d.due) params.set("due", typeof filters.due === "string" ? filters.due : String(filters.due.withinDays));
  if (filters.q) params.set("q", filters.q);
  if (filters.sort !== d.sort) params.set("sort", filters.sort);
  if (filters.after) params.set("after", filters.after);
  else if (filters.before) params.set("before", filters.before);
  return params;
}

/** The queue page's address for `filters` (changes applied; a filter change starts again at page 1). */
export function queueHref(orgSlug: string, filters: QueueFilters, changes: Partial<QueueFilters> = {}): string {
  const keepsPage = "after" in changes || "before" in changes;
  const next = { ...filters, ...(keepsPage ? {} : { after: null, before: null }), ...changes };
  const query = queueSearchParams(next).toString();
  return `/dashboard/${orgSlug}/queue${query ? `?${query}` : ""}`;
}

/** The same tab and sort order with every filter back to its default. */
export function clearQueueFilters(filters: QueueFilters): QueueFilters {
  return { ...DEFAULT_QUEUE_FILTERS, queue: filters.queue, sort: filters.sort };
}

/** True when any filter narrows the list beyond the default view of a tab. */
export function hasActiveFilters(filters: QueueFilters): boolean {
  const d = DEFAULT_QUEUE_FILTERS;
  return filters.status !== d.status || filters.type !== d.type || filters.assignee !== d.assignee || filters.due !== d.due || filters.q !== "";
}

export type QueueSearch =
  | { kind: "none" }
  | { kind: "reference"; reference: string }
  | { kind: "email"; email: string }
  | { kind: "unrecognized" };

const email = z.email();

/** The search box matches a whole reference (any case) or an exact email address (any case). */
export function parseQueueSearch(q: string): QueueSearch {
  const text = q.trim();
  if (!text) return { kind: "none" };
  const upper = text.toUpperCase();
  if (REFERENCE_PATTERN.test(upper)) return { kind: "reference", reference: upper };
  const lower = text.toLowerCase();
  if (email.safeParse(lower).success) return { kind: "email", email: lower };
  return { kind: "unrecognized" };
}
