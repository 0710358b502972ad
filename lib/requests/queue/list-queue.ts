// One page of a staff queue, with keyset pagination: a page is found by the (sort key, id) of the row
// before or after it, never by an offset, so page 1000 costs what page 1 costs.
//
// The index PrivacyRequest(organizationId, queue, status, dueAt, id) hands out rows already sorted
// for ONE status. A filter on several statuses ("open" is three) would otherwise make PostgreSQL read
// and sort every open request to find the first fifty; so each status is read by its own branch of one
// UNION ALL, each branch stops after a page's worth, and the statement merges the sorted runs and joins
// the assignee. One statement per page: each findMany cost Prisma 3–4 ms of CPU (docs/benchmarks.md).
import "server-only";
import { getDb } from "@/lib/db/client";
import { isStorableTime } from "@/lib/db/latest-timestamp";
import { Prisma } from "@/lib/db/generated/client";
import type { PauseReason, Queue, Regime, RequestType } from "@/lib/db/generated/enums";
import { queueViewSql, statusSql, type QueueViewOutcome } from "./queue-view-sql";
import { QUEUE_PAGE_SIZE, type QueueFilters, type QueueSort, type QueueStatus } from "./schemas";

export type QueueRow = {
  id: string;
  reference: string | null;
  type: RequestType;
  status: QueueStatus;
  queue: Queue;
  subjectName: string;
  subjectEmail: string;
  receivedAt: Date;
  dueAt: Date | null;
  regime: Regime | null;
  /** Why a request that waits on its subject waits (its open pause's reason; null when none was recorded). */
  pauseReason: PauseReason | null;
  assignee: { id: string; name: string; email: string } | null;
};

export type QueueListing = {
  rows: QueueRow[];
  /** Cursors for the neighbouring pages, or null where there is none. */
  nextCursor: string | null;
  previousCursor: string | null;
  /** The search box held something that is neither a reference nor an email address: nothing matches. */
  isSearchUnrecognized: boolean;
};

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

/**
 * The cursor in `text` for the sort order `sort`, or null for anything we did not write: unreadable, a time
 * past year 9999, or "no sort key" ("-") for an order whose key is never empty. The dashboard shows page 1
 * for null (a hand-edited address); the REST API refuses it (isReadableCursor).
 */
export function decodeCursor(text: string, sort: QueueSort): Cursor | null {
  const match = /^(-|\d{1,15})\.(.+)$/.exec(Buffer.from(text, "base64url").toString("utf8"));
  if (!match || !UUID.test(match[2]!)) return null;
  if (match[1] === "-") return SORTS[sort].isNullable ? { value: null, id: match[2]! } : null;
  const time = Number(match[1]);
  return isStorableTime(time) ? { value: new Date(time), id: match[2]! } : null;
}

/** True when `text` is a cursor this sort order could have handed out. */
export function isReadableCursor(text: string, sort: QueueSort): boolean {
  return decodeCursor(text, sort) !== null;
}

function cursorOf(row: QueueRow, sort: SortSpec): string {
  return encodeCursor({ value: row[sort.key], id: row.id });
}

// ---------- The statement ----------

/** What each branch reads; the enums as text, which is how the client hands them on. */
const COLUMNS = Prisma.sql`r.id, r.reference, r.type::text AS type, r.status::text AS status, r.queue::text AS queue,
  r."subjectName", r."subjectEmail", r."receivedAt", r."dueAt", r.regime::text AS regime, r."assigneeId",
  CASE WHEN r.status = 'AWAITING_SUBJECT' THEN (
    SELECT p.reason::text FROM "RequestPause" p
    WHERE p."organizationId" = r."organizationId" AND p."requestId" = r.id AND p."endedAt" IS NULL
    ORDER BY p."startedAt" DESC LIMIT 1
  ) END AS "pauseReason"`;

type Row = Omit<QueueRow, "assignee"> & { assigneeId: string | null; assigneeName: string | null; assigneeEmail: string | null };

/** The sort key's column; never user input. */
const KEY_COLUMN: Record<SortKey, Prisma.Sql> = { dueAt: Prisma.raw(`r."dueAt"`), receivedAt: Prisma.raw(`r."receivedAt"`) };

/**
 * Rows strictly after `cursor` in reading order `order`. The plain range on the key is what lets
 * PostgreSQL start the index scan at the cursor; the OR only settles ties.
 */
function afterCursorSql(key: Prisma.Sql, cursor: { value: Date; id: string }, order: "asc" | "desc"): Prisma.Sql {
  return order === "asc"
    ? Prisma.sql`${key} >= ${cursor.value}::timestamp AND (${key} > ${cursor.value}::timestamp OR r.id > ${cursor.id}::uuid)`
    : Prisma.sql`${key} <= ${cursor.value}::timestamp AND (${key} < ${cursor.value}::timestamp OR r.id < ${cursor.id}::uuid)`;
}

/**
 * The statement for one page: the branches that can hold its rows, each sorted and limited, merged in
 * reading order with the assignee joined. Rows without a sort key (no due date yet) come after all the
 * others, by id: forward, the keyed rows after the cursor then the unkeyed ones (only those, from an
 * unkeyed cursor); backward, the mirror image.
 */
function pageStatement(view: { conditions: Prisma.Sql; statuses: QueueStatus[] }, sort: SortSpec, cursor: Cursor | null, scan: 1 | -1, limit: number): Prisma.Sql {
  const order = sort.direction * scan === 1 ? "asc" : "desc";
  const direction = Prisma.raw(order === "asc" ? "ASC" : "DESC");
  const key = KEY_COLUMN[sort.key];
  const keyedCursor = cursor?.value ? { value: cursor.value, id: cursor.id } : null;
  const unkeyedCursorId = cursor && cursor.value === null ? cursor.id : null;
  const isBackward = scan === -1;

  const branches: Prisma.Sql[] = [];
  // Keyed rows: none forward of an unkeyed cursor (they all came before it).
  if (isBackward || !unkeyedCursorId) {
    const from = keyedCursor ? afterCursorSql(key, keyedCursor, order) : sort.isNullable ? Prisma.sql`${key} IS NOT NULL` : Prisma.sql`TRUE`;
    for (const status of view.statuses) {
      branches.push(Prisma.sql`(SELECT ${COLUMNS} FROM "PrivacyRequest" r
        WHERE ${view.conditions} AND ${statusSql([status])} AND ${from}
        ORDER BY ${key} ${direction}, r.id ${direction} LIMIT ${limit})`);
    }
  }
  // Unkeyed rows: forward always after the keyed ones; backward only from an unkeyed cursor.
  if (sort.isNullable && (!isBackward || unkeyedCursorId !== null)) {
    const from = unkeyedCursorId ? (order === "asc" ? Prisma.sql`r.id > ${unkeyedCursorId}::uuid` : Prisma.sql`r.id < ${unkeyedCursorId}::uuid`) : Prisma.sql`TRUE`;
    branches.push(Prisma.sql`(SELECT ${COLUMNS} FROM "PrivacyRequest" r
      WHERE ${view.conditions} AND ${statusSql(view.statuses)} AND ${key} IS NULL AND ${from}
      ORDER BY r.id ${direction} LIMIT ${limit})`);
  }
  // ASC sorts nulls last and DESC first, which is where the unkeyed rows belong in each reading order.
  return Prisma.sql`SELECT p.*, u.name AS "assigneeName", u.email AS "assigneeEmail"
    FROM (${Prisma.join(branches, " UNION ALL ")}) p
    LEFT JOIN "User" u ON u.id = p."assigneeId"
    ORDER BY p.${Prisma.raw(`"${sort.key}"`)} ${direction}, p.id ${direction}
    LIMIT ${limit}`;
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
  const view: QueueViewOutcome = await queueViewSql(organizationId, filters, { now, userId });
  if ("isEmpty" in view) return { rows: [], nextCursor: null, previousCursor: null, isSearchUnrecognized: view.isSearchUnrecognized };

  const sort = SORTS[filters.sort];
  const isBackward = filters.before !== null;
  const cursor = decodeCursor(filters.after ?? filters.before ?? "", filters.sort);
  if (isBackward && !cursor) return listQueue(organizationId, { ...filters, before: null }, { now, userId });
  const scan: 1 | -1 = isBackward ? -1 : 1;

  const db = await getDb();
  const read = await db.$queryRaw<Row[]>(pageStatement(view, sort, cursor, scan, QUEUE_PAGE_SIZE + 1));
  const hasMore = read.length > QUEUE_PAGE_SIZE;
  const page: QueueRow[] = read.slice(0, QUEUE_PAGE_SIZE).map(({ assigneeId, assigneeName, assigneeEmail, ...row }) => ({
    ...row,
    assignee: assigneeId && assigneeName !== null && assigneeEmail !== null ? { id: assigneeId, name: assigneeName, email: assigneeEmail } : null,
  }));
  if (isBackward) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: last && (isBackward || hasMore) ? cursorOf(last, sort) : null,
    previousCursor: first && (isBackward ? hasMore : cursor !== null) ? cursorOf(first, sort) : null,
    isSearchUnrecognized: false,
  };
}
