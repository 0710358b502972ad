// One page of an organization's audit log, newest first, with keyset pagination on (createdAt, id): a page
// is found from the entry before or after it, never by an offset, so the millionth entry costs what the
// first does (the (organizationId, createdAt) index hands them out in order). An entry about a request whose
// subject the reader has not revealed today shows that subject masked (mask-audit-entry.ts).
import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { findRevealedRequestIds, type SubjectReader } from "@/lib/requests/queue/find-revealed-request-ids";
import type { SubjectIdentifiers } from "@/lib/requests/queue/mask-subject";
import { auditEventsWhere } from "./audit-events-where";
import { maskAuditEntry } from "./mask-audit-entry";
import { REQUEST_TARGET_TYPE } from "./record-audit";
import { isStorableTime } from "@/lib/db/latest-timestamp";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "./schemas";

export type AuditEntry = {
  id: string;
  at: Date;
  actorEmail: string | null;
  ip: string;
  action: string;
  targetType: string;
  targetId: string | null;
  /** The request the entry is about, when it is about one of this organization's requests. */
  request: { id: string; reference: string | null } | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  reason: string | null;
};

export type AuditPage = { entries: AuditEntry[]; newerCursor: string | null; olderCursor: string | null };

type Cursor = { at: Date; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeAuditCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.at.getTime()}.${cursor.id}`).toString("base64url");
}

/** The cursor in `text`, or null for anything we did not write (the page then starts at the newest entry). */
export function decodeAuditCursor(text: string): Cursor | null {
  const match = /^(\d{1,15})\.(.+)$/.exec(Buffer.from(text, "base64url").toString("utf8"));
  if (!match || !UUID.test(match[2]!)) return null;
  const time = Number(match[1]);
  return isStorableTime(time) ? { at: new Date(time), id: match[2]! } : null;
}

const entrySelect = {
  id: true,
  createdAt: true,
  actorEmail: true,
  ip: true,
  action: true,
  targetType: true,
  targetId: true,
  before: true,
  after: true,
  reason: true,
} satisfies Prisma.AuditEventSelect;

type SelectedEntry = Prisma.AuditEventGetPayload<{ select: typeof entrySelect }>;

/** Who reads the log, and when: what they revealed today is shown to them unmasked. */
export type AuditReader = SubjectReader & { now: Date };

export type NamedRequest = { reference: string | null; subject: SubjectIdentifiers; isRevealedToReader: boolean };

/** The requests `entries` name, read in one query within the organization, and which the reader revealed. */
export async function requestsNamedBy(
  organization: { id: string; timeZone: string },
  entries: Pick<SelectedEntry, "targetType" | "targetId">[],
  reader: AuditReader | null,
): Promise<Map<string, NamedRequest>> {
  const ids = [...new Set(entries.filter((e) => e.targetType === REQUEST_TARGET_TYPE && e.targetId && UUID.test(e.targetId)).map((e) => e.targetId!))];
  if (ids.length === 0) return new Map();
  const db = await getDb();
  const [requests, revealed] = await Promise.all([
    db.privacyRequest.findMany({
      where: { organizationId: organization.id, id: { in: ids } },
      select: { id: true, reference: true, subjectName: true, subjectEmail: true, identifiersRemovedAt: true },
    }),
    reader ? findRevealedRequestIds({ organization, reader, requestIds: ids, now: reader.now }) : Promise.resolve(new Set<string>()),
  ]);
  return new Map(
    requests.map((r) => [
      r.id,
      {
        reference: r.reference,
        subject: { name: r.subjectName, email: r.subjectEmail },
        isRevealedToReader: revealed.has(r.id) && r.identifiersRemovedAt === null,
      },
    ]),
  );
}

/** `entry` as the reader may see it: masked unless it names a request whose subject they revealed. */
export function readableAuditEntry<E extends { targetId: string | null; actorEmail: string | null; before: unknown; after: unknown; reason: string | null }>(
  entry: E,
  named: Map<string, NamedRequest>,
): E {
  const request = entry.targetId ? named.get(entry.targetId) : undefined;
  return request && !request.isRevealedToReader ? maskAuditEntry(entry, request.subject) : entry;
}

/**
 * The page of the organization's audit log under `filters`: the newest entries, or those older than
 * `after` / newer than `before` (cursors from a previous page).
 */
export async function listAuditEvents(
  organization: { id: string; timeZone: string },
  filters: AuditFilters,
  page: { after: string | null; before: string | null },
  options: { reader: AuditReader | null; pageSize?: number },
): Promise<AuditPage> {
  const pageSize = options.pageSize ?? AUDIT_PAGE_SIZE;
  const empty: AuditPage = { entries: [], newerCursor: null, olderCursor: null };
  const where = await auditEventsWhere(organization, filters);
  if (!where) return empty;

  const cursor = decodeAuditCursor(page.after ?? page.before ?? "");
  const isBackward = page.before !== null && cursor !== null;
  // Forward reads newest first from the cursor down; backward reads oldest first from it up, then turns round.
  const order = isBackward ? "asc" : "desc";
  const from: Prisma.AuditEventWhereInput = !cursor
    ? {}
    : isBackward
      ? { createdAt: { gte: cursor.at }, OR: [{ createdAt: { gt: cursor.at } }, { id: { gt: cursor.id } }] }
      : { createdAt: { lte: cursor.at }, OR: [{ createdAt: { lt: cursor.at } }, { id: { lt: cursor.id } }] };

  const db = await getDb();
  const rows = await db.auditEvent.findMany({
    where: { AND: [where, from] },
    orderBy: [{ createdAt: order }, { id: order }],
    take: pageSize + 1,
    select: entrySelect,
  });
  const hasMore = rows.length > pageSize;
  const slice = rows.slice(0, pageSize);
  if (isBackward) slice.reverse();

  const named = await requestsNamedBy(organization, slice, options.reader);
  const entries = slice.map((row): AuditEntry => {
    const e = readableAuditEntry(row, named);
    const request = e.targetId ? named.get(e.targetId) : undefined;
    return {
      id: e.id,
      at: e.createdAt,
      actorEmail: e.actorEmail,
      ip: e.ip,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      request: request ? { id: e.targetId!, reference: request.reference } : null,
      before: e.before,
      after: e.after,
      reason: e.reason,
    };
  });
  const first = slice[0];
  const last = slice.at(-1);
  const cursorOf = (e: SelectedEntry) => encodeAuditCursor({ at: e.createdAt, id: e.id });
  return {
    entries,
    newerCursor: first && (isBackward ? hasMore : cursor !== null) ? cursorOf(first) : null,
    olderCursor: last && (isBackward || hasMore) ? cursorOf(last) : null,
  };
}
