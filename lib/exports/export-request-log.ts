// The request log as a download: the queue's current view (every page of it) or the requests received
// between two days, oldest first, read in keyset batches of (receivedAt, id) as the client downloads.
// Unverified requests never appear (they never reached a queue); subject identifiers only when asked for.
// Each batch is one raw statement with the assignee joined: through findMany the export made 25k rows/s,
// where COPY makes 200k (docs/benchmarks.md).
import "server-only";
import { PermissionError } from "@/lib/auth/require-membership";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { endOfZonedDay, formatIsoDate, parseIsoDate, startOfZonedDay, toZonedDate } from "@/lib/deadlines/zoned-time";
import type { StaffContext } from "@/lib/requests/run-staff-action";
import { describeQueueView } from "@/lib/requests/queue/describe-queue-view";
import { queueViewSql, statusSql } from "@/lib/requests/queue/queue-view-sql";
import type { QueueFilters } from "@/lib/requests/queue/schemas";
import { exportFilename, type ExportFormat } from "./export-format";
import { requestLogColumns, type RequestLogRow } from "./request-log-columns";
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

/** An instant as ISO 8601 UTC text, written by PostgreSQL: a Date per cell was most of a large export's time. */
const iso = (column: string) => Prisma.raw(`to_char(r."${column}", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "${column}"`);

/** Rows read in every export; instants as text (see iso), enums as text, which is how both are written out. */
const RECORD_COLUMNS = Prisma.sql`r.id, r.reference, ${iso("receivedAt")}, ${iso("verifiedAt")}, ${iso("dueAt")}, ${iso("closedAt")},
  r.type::text AS type, r.channel::text AS channel, r.queue::text AS queue, r.status::text AS status,
  r.outcome::text AS outcome, r."denialReason", r.regime::text AS regime, ${iso("extendedAt")}, r."extensionDays",
  r."extensionMonths", r."extensionReason", ${iso("identifiersRemovedAt")}, u.email AS "assigneeEmail"`;
const IDENTIFIER_COLUMNS = Prisma.sql`, r."subjectName", r."subjectEmail", r.jurisdiction`;

/** The keyset condition: strictly after `last` in (receivedAt, id) order, written so the index can start there. */
function after(last: RequestLogRow | null): Prisma.Sql {
  if (!last) return Prisma.sql`TRUE`;
  return Prisma.sql`r."receivedAt" >= ${last.receivedAt}::timestamp AND (r."receivedAt" > ${last.receivedAt}::timestamp OR r.id > ${last.id}::uuid)`;
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
  // Identifiers are a reveal of every subject in the export: the same permission as one reveal (a read key has not).
  if (includeIdentifiers && !can(context.role, "reveal")) {
    return {
      ok: false,
      code: "forbidden",
      error: context.apiKey
        ? "This API key may only read, which does not include the subjects' names and email addresses. Export without identifiers, or ask an admin for a key with the write scope."
        : new PermissionError(context.role, "reveal").message,
    };
  }
  const refusal = await refuseExport(context, now);
  if (refusal) return refusal;

  const { organization } = context;
  let where: Prisma.Sql | null;
  let days: string;
  if (selection.kind === "queue") {
    const view = await queueViewSql(organization.id, selection.filters, { now, userId: context.user.id });
    where = "isEmpty" in view ? null : Prisma.sql`${view.conditions} AND ${statusSql(view.statuses)}`;
    days = formatIsoDate(toZonedDate(now, organization.timeZone));
  } else {
    const from = startOfZonedDay(parseIsoDate(selection.from), organization.timeZone);
    const to = endOfZonedDay(parseIsoDate(selection.to), organization.timeZone);
    where = Prisma.sql`r."organizationId" = ${organization.id}::uuid AND r.status <> 'PENDING_VERIFICATION'
      AND r."receivedAt" >= ${from}::timestamp AND r."receivedAt" <= ${to}::timestamp`;
    days = `${selection.from}-to-${selection.to}`;
  }
  const columns = includeIdentifiers ? Prisma.sql`${RECORD_COLUMNS}${IDENTIFIER_COLUMNS}` : RECORD_COLUMNS;
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
      // Requests received after the export began wait for the next one: the log ends at `now`.
      return db.$queryRaw<RequestLogRow[]>`SELECT ${columns}
        FROM "PrivacyRequest" r LEFT JOIN "User" u ON u.id = r."assigneeId"
        WHERE ${where} AND r."receivedAt" <= ${now}::timestamp AND ${after(last)}
        ORDER BY r."receivedAt", r.id LIMIT ${limit}`;
    },
  });
}
