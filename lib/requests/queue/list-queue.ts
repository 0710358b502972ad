// One page of a staff queue, with keyset pagination: a page is found by the (sort key, id) of the row
// before or after it, never by an offset, so page 1000 costs what page 1 costs.
//
// The index PrivacyRequest(organizationId, queue, status, dueAt, id) hands out rows already sorted
// for ONE status. A filter on several statuses ("open" is three) would otherwise make PostgreSQL read
// and sort every open request to find the first fifty; so each status is read separately, each read
// stops after a page's worth, and the sorted runs are merged here.
import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { addCalendarDays, endOfZonedDay, toZonedDate } from "@/lib/deadlines/zoned-time";
import { CLOSED_STATUSES, OPEN_STATUSES } from "@/lib/requests/workflow";
import {
  QUEUE_PAGE_SIZE,
  QUEUE_STATUSES,
  parseQueueSearch,
  type QueueFilters,
  type QueueSort,
  type QueueStatus,
  type StatusFilter,
} from "./schemas";

const rowSelect = {
  id: true,
  reference: true,
  type: true,
  status: true,
  queue: true,
  subjectName: true,
  subjectEmail: true,
  receivedAt: true,
  dueAt: true,
  regime: true,
  // The assignee is looked up once per page rather than joined into every per-status read: each
  // relation costs Prisma one more query.
  assigneeId: true,
} satisfies Prisma.PrivacyRequestSelect;

type SelectedRow = Prisma.PrivacyRequestGetPayload<{ select: typeof rowSelect }> & { status: QueueStatus };

export type QueueRow = Omit<SelectedRow, "assigneeId"> & { assignee: { id: string; name: string; email: string } | null };

export type QueueListing = {
  rows: QueueRow[];
  /** Cursors for the neighbouring pages, or null where there is none. */
  nextCursor: string | null;
  previousCursor: string | null;
  /** The search box held something that is neither a reference nor an email address: nothing matches. */
  isSearchUnrecognized: boolean;
};

/** The statuses a status filter stands for; never PENDING_VERIFICATION. */
export function statusesFor(status: StatusFilter): QueueStatus[] {
  if (status === "open") return OPEN_STATUSES as QueueStatus[];
  if (status === "closed") return CLOSED_STATUSES as QueueStatus[];
  if (status === "all") return [...QUEUE_STATUSES];
  return [status];
}

// ---------- Sort orders and cursors ----------

type SortKey = "dueAt" | "receivedAt";
type SortSpec = { key: SortKey; direction: 1 | -1; isNullable: boolean };

/** Due date soonest first; received newest first. Ties are broken by id, so the order is total. */
const SORTS: Record<QueueSort, SortSpec> = {
  due: { key: "dueAt", direction: 1, isNullable: true },
  received: { key: "receivedAt", direction: -1, isNullable: false },
};

type Cursor = { value: Date | null; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.value ? cursor.value.getTime() : "-"}.${cursor.id}`).toString("base64url");
}

/** The cursor in `text`, or null for anything we did not write (a hand-edited address gets page 1). */
export function decodeCursor(text: string): Cursor | null {
  const match = /^(-|\d{1,15})\.(.+)$/.exec(Buffer.from(text, "base64url").toString("utf8"));
  if (!match || !UUID.test(match[2]!)) return null;
  return { value: match[1] === "-" ? null : new Date(Number(match[1])), id: match[2]! };
}

function cursorOf(row: SelectedRow, sort: SortSpec): string {
  return encodeCursor({ value: row[sort.key], id: row.id });
}

/** Compares two rows in the order they are read (`scan` = 1 for the sort's own order, -1 reversed). */
function compareInScan(sort: SortSpec, scan: 1 | -1) {
  return (a: SelectedRow, b: SelectedRow): number => {
    const ka = a[sort.key]?.getTime() ?? Infinity;
    const kb = b[sort.key]?.getTime() ?? Infinity;
    if (ka !== kb) return (ka < kb ? -1 : 1) * sort.direction * scan;
    return (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) * sort.direction * scan;
  };
}

/**
 * Rows strictly after `cursor` in reading order `order` ("asc"/"desc"). The plain range on the key
 * (gte/lte) is what lets PostgreSQL start the index scan at the cursor; the OR only settles ties.
 */
function afterCursor(key: SortKey, cursor: { value: Date; id: string }, order: "asc" | "desc"): Prisma.PrivacyRequestWhereInput {
  return order === "asc"
    ? { [key]: { gte: cursor.value }, OR: [{ [key]: { gt: cursor.value } }, { id: { gt: cursor.id } }] }
    : { [key]: { lte: cursor.value }, OR: [{ [key]: { lt: cursor.value } }, { id: { lt: cursor.id } }] };
}

// ---------- Filters ----------

async function dueWhere(filters: QueueFilters, organizationId: string, now: Date): Promise<Prisma.PrivacyRequestWhereInput> {
  if (filters.due === "any") return {};
  if (filters.due === "overdue") return { dueAt: { lt: now } };
  // "Due within N days" ends at midnight N days from today, in the organization's time zone.
  const db = await getDb();
  const { timeZone } = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { timeZone: true } });
  const lastDay = addCalendarDays(toZonedDate(now, timeZone), filters.due.withinDays);
  return { dueAt: { gte: now, lte: endOfZonedDay(lastDay, timeZone) } };
}

function assigneeWhere(filters: QueueFilters, userId: string | null): Prisma.PrivacyRequestWhereInput {
  if (filters.assignee === "any") return {};
  // An API key is nobody: nothing is assigned to it (and assigneeId: null would mean "unassigned").
  if (filters.assignee === "me") return userId ? { assigneeId: userId } : { id: { in: [] } };
  if (filters.assignee === "unassigned") return { assigneeId: null };
  return { assigneeId: filters.assignee.userId };
}

// ---------- The view ----------

/** What a view's requests have in common, apart from the status (read one status at a time). */
type ViewConditions = { base: Prisma.PrivacyRequestWhereInput; due: Prisma.PrivacyRequestWhereInput; statuses: QueueStatus[] };

/**
 * The conditions of the view `filters` describes, or why nothing can match. Every condition names the
 * organization and leaves out unverified requests inside the query itself.
 */
async function viewConditions(
  organizationId: string,
  filters: QueueFilters,
  { now, userId }: { now: Date; userId: string | null },
): Promise<ViewConditions | { isEmpty: true; isSearchUnrecognized: boolean }> {
  const search = parseQueueSearch(filters.q);
  if (search.kind === "unrecognized") return { isEmpty: true, isSearchUnrecognized: true };

  let statuses = statusesFor(filters.status);
  // A due-date filter is about work still to do: closed requests are neither overdue nor due.
  if (filters.due !== "any") statuses = statuses.filter((s) => OPEN_STATUSES.includes(s));
  if (statuses.length === 0) return { isEmpty: true, isSearchUnrecognized: false };

  const base: Prisma.PrivacyRequestWhereInput = {
    organizationId,
    queue: filters.queue,
    ...(filters.type === "all" ? {} : { type: filters.type }),
    ...assigneeWhere(filters, userId),
    ...(search.kind === "reference" ? { reference: search.reference } : {}),
    ...(search.kind === "email" ? { subjectEmail: search.email } : {}),
  };
  return { base, due: await dueWhere(filters, organizationId, now), statuses };
}

/**
 * Every request of the view `filters` describes — all its pages, whatever the sort and cursors — or null
 * when nothing can match. The request-log export reads the queue's current view through this.
 */
export async function queueViewWhere(
  organizationId: string,
  filters: QueueFilters,
  context: { now: Date; userId: string | null },
): Promise<Prisma.PrivacyRequestWhereInput | null> {
  const view = await viewConditions(organizationId, filters, context);
  if ("isEmpty" in view) return null;
  return { ...view.base, status: { in: view.statuses }, AND: [view.due] };
}

// ---------- The listing ----------

/**
 * One page of the organization's queue under `filters`. Every read names the organization and leaves
 * out unverified requests inside the query itself. `now` decides what is overdue; `userId` is "me".
 */
export async function listQueue(
  organizationId: string,
  filters: QueueFilters,
  { now, userId }: { now: Date; userId: string | null },
): Promise<QueueListing> {
  const view = await viewConditions(organizationId, filters, { now, userId });
  if ("isEmpty" in view) return { rows: [], nextCursor: null, previousCursor: null, isSearchUnrecognized: view.isSearchUnrecognized };
  const { base, due, statuses } = view;

  const sort = SORTS[filters.sort];
  const isBackward = filters.before !== null;
  const cursor = decodeCursor(filters.after ?? filters.before ?? "");
  if (isBackward && !cursor) return listQueue(organizationId, { ...filters, before: null }, { now, userId });
  const scan: 1 | -1 = isBackward ? -1 : 1;
  const order = sort.direction * scan === 1 ? "asc" : "desc";
  const need = QUEUE_PAGE_SIZE + 1;
  const db = await getDb();

  // Rows with a sort key, one sorted read per status, merged.
  const readKeyed = async (from: { value: Date; id: string } | null, limit: number): Promise<SelectedRow[]> => {
    const runs = await Promise.all(
      statuses.map((status) =>
        db.privacyRequest.findMany({
          where: { ...base, status, AND: [due, from ? afterCursor(sort.key, from, order) : sort.isNullable ? { [sort.key]: { not: null } } : {}] },
          orderBy: [{ [sort.key]: order }, { id: order }],
          take: limit,
          select: rowSelect,
        }),
      ),
    );
    return (runs.flat() as SelectedRow[]).sort(compareInScan(sort, scan)).slice(0, limit);
  };
  // Rows without a sort key (a request with no due date yet) come after all the others, by id.
  const readUnkeyed = async (fromId: string | null, limit: number): Promise<SelectedRow[]> => {
    if (!sort.isNullable) return [];
    return (await db.privacyRequest.findMany({
      where: {
        ...base,
        status: { in: statuses },
        AND: [due, { [sort.key]: null }, fromId ? { id: { [order === "asc" ? "gt" : "lt"]: fromId } } : {}],
      },
      orderBy: { id: order },
      take: limit,
      select: rowSelect,
    })) as SelectedRow[];
  };

  // Forward: the keyed rows after the cursor, then the unkeyed ones (only those, from an unkeyed
  // cursor). Backward: the mirror image. Each read only tops up what the page still needs.
  const keyedCursor = cursor?.value ? { value: cursor.value, id: cursor.id } : null;
  const unkeyedCursorId = cursor && cursor.value === null ? cursor.id : null;
  let rows: SelectedRow[] = [];
  const topUp = async (read: (limit: number) => Promise<SelectedRow[]>) => {
    if (rows.length < need) rows = rows.concat(await read(need - rows.length));
  };
  if (!isBackward) {
    if (!unkeyedCursorId) await topUp((limit) => readKeyed(keyedCursor, limit));
    await topUp((limit) => readUnkeyed(unkeyedCursorId, limit));
  } else {
    if (unkeyedCursorId) await topUp((limit) => readUnkeyed(unkeyedCursorId, limit));
    await topUp((limit) => readKeyed(keyedCursor, limit));
  }

  const hasMore = rows.length > QUEUE_PAGE_SIZE;
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  if (isBackward) page.reverse();
  const first = page[0];
  const last = page.at(-1);

  const assigneeIds = [...new Set(page.map((r) => r.assigneeId).filter((id): id is string => id !== null))];
  const assignees = assigneeIds.length
    ? await db.user.findMany({ where: { id: { in: assigneeIds } }, select: { id: true, name: true, email: true } })
    : [];
  const assigneeById = new Map(assignees.map((a) => [a.id, a]));
  return {
    rows: page.map(({ assigneeId, ...row }) => ({ ...row, assignee: assigneeId ? (assigneeById.get(assigneeId) ?? null) : null })),
    nextCursor: last && (isBackward || hasMore) ? cursorOf(last, sort) : null,
    previousCursor: first && (isBackward ? hasMore : cursor !== null) ? cursorOf(first, sort) : null,
    isSearchUnrecognized: false,
  };
}
