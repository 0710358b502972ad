// The request log as a download: the queue's current view (every page of it) or the requests received
// between two days, oldest first, read in keyset batches of (receivedAt, id) as the client downloads.
// Unverified requests never appear (they never reached a queue); subject identifiers only when asked for.
import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { endOfZonedDay, formatIsoDate, parseIsoDate, startOfZonedDay, toZonedDate } from "@/lib/deadlines/zoned-time";
import type { StaffContext } from "@/lib/requests/run-staff-action";
import { describeQueueView } from "@/lib/requests/queue/describe-queue-view";
import { queueViewWhere } from "@/lib/requests/queue/list-queue";
import type { QueueFilters } from "@/lib/requests/queue/schemas";
import { exportFilename, type ExportFormat } from "./export-format";
import { requestLogColumns, requestLogSelect, subjectIdentifiersSelect, type RequestLogRow } from "./request-log-columns";
import { refuseExport, startExport, type ExportResult } from "./start-export";

export const REQUEST_LOG_EXPORTED = "request_log.exported";

export type RequestLogSelection =
  | { kind: "queue"; filters: QueueFilters }
  /** Received on these days of the organization's calendar (YYYY-MM-DD, both included), in either queue. */
  | { kind: "range"; from: string; to: string };

export type ExportRequestLogArgs = {
  context: StaffContext;
  selection: RequestLogSelection;
  format: ExportFormat;
  includeIdentifiers: boolean;
  now: Date;
  batchSize?: number;
  onBatch?: (rows: number) => void;
};

/** The keyset condition: strictly after `last` in (receivedAt, id) order, written so the index can start there. */
function after(last: RequestLogRow): Prisma.PrivacyRequestWhereInput {
  return { receivedAt: { gte: last.receivedAt }, OR: [{ receivedAt: { gt: last.receivedAt } }, { id: { gt: last.id } }] };
}

async function assigneeName(organizationId: string, userId: string): Promise<string | undefined> {
  const db = await getDb();
  const user = await db.user.findFirst({ where: { id: userId, memberships: { some: { organizationId } } }, select: { name: true, email: true } });
  return user ? user.name || user.email : undefined;
}

/** What was exported, in words and as data, for the audit record. */
async function describeSelection(selection: RequestLogSelection, organizationId: string): Promise<Prisma.InputJsonObject> {
  if (selection.kind === "range") {
    return { view: `Requests received from ${selection.from} to ${selection.to}, both queues`, filters: { receivedFrom: selection.from, receivedTo: selection.to } };
  }
  const f = selection.filters;
  const assignee = typeof f.assignee === "string" ? f.assignee : f.assignee.userId;
  const name = typeof f.assignee === "object" ? await assigneeName(organizationId, f.assignee.userId) : undefined;
  return {
    view: describeQueueView(f, { assignee: name }),
    filters: {
      queue: f.queue,
      status: f.status,
      type: f.type,
      assignee,
      due: typeof f.due === "string" ? f.due : `within ${f.due.withinDays} days`,
      search: f.q || null,
    },
  };
}

export async function exportRequestLog(args: ExportRequestLogArgs): Promise<ExportResult> {
  const { context, selection, format, includeIdentifiers, now } = args;
  const refusal = await refuseExport(context, now);
  if (refusal) return refusal;

  const { organization } = context;
  let where: Prisma.PrivacyRequestWhereInput | null;
  let days: string;
  if (selection.kind === "queue") {
    where = await queueViewWhere(organization.id, selection.filters, { now, userId: context.user.id });
    days = formatIsoDate(toZonedDate(now, organization.timeZone));
  } else {
    where = {
      organizationId: organization.id,
      status: { not: "PENDING_VERIFICATION" },
      receivedAt: {
        gte: startOfZonedDay(parseIsoDate(selection.from), organization.timeZone),
        lte: endOfZonedDay(parseIsoDate(selection.to), organization.timeZone),
      },
    };
    days = `${selection.from}-to-${selection.to}`;
  }
  const select = includeIdentifiers ? { ...requestLogSelect, ...subjectIdentifiersSelect } : requestLogSelect;
  const db = await getDb();

  return startExport<RequestLogRow>({
    context,
    format,
    columns: requestLogColumns({ includeIdentifiers }),
    filename: exportFilename(organization.slug, "request-log", days, format),
    action: REQUEST_LOG_EXPORTED,
    request: { ...(await describeSelection(selection, organization.id)), includesSubjectIdentifiers: includeIdentifiers },
    batchSize: args.batchSize,
    onBatch: args.onBatch,
    async readBatch(last, limit) {
      if (!where) return [];
      return db.privacyRequest.findMany({
        // Requests received after the export began wait for the next one: the log ends at `now`.
        where: { AND: [where, { receivedAt: { lte: now } }, last ? after(last) : {}] },
        orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
        take: limit,
        select,
      });
    },
  });
}
