// The organization's audit log as a download, filtered like the audit page, oldest first, read in keyset
// batches of (createdAt, id) as the client downloads. The export is itself recorded in the audit log.
import "server-only";
import { auditEventsWhere } from "@/lib/audit/audit-events-where";
import { readableAuditEntry, requestsNamedBy } from "@/lib/audit/list-audit-events";
import type { AuditFilters } from "@/lib/audit/schemas";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { formatIsoDate, toZonedDate } from "@/lib/deadlines/zoned-time";
import type { StaffContext } from "@/lib/requests/run-staff-action";
import { AUDIT_LOG_COLUMNS, auditLogSelect, type AuditLogRow } from "./audit-log-columns";
import { exportFilename, type ExportFormat } from "./export-format";
import { refuseExport, startExport, type ExportResult } from "./start-export";

export const AUDIT_LOG_EXPORTED = "audit_log.exported";

export type ExportAuditLogArgs = {
  context: StaffContext;
  filters: AuditFilters;
  format: ExportFormat;
  now: Date;
  batchSize?: number;
  onBatch?: (rows: number) => void;
};

function after(last: AuditLogRow): Prisma.AuditEventWhereInput {
  return { createdAt: { gte: last.createdAt }, OR: [{ createdAt: { gt: last.createdAt } }, { id: { gt: last.id } }] };
}

export async function exportAuditLog(args: ExportAuditLogArgs): Promise<ExportResult> {
  const { context, filters, format, now } = args;
  const refusal = await refuseExport(context, now);
  if (refusal) return refusal;

  const { organization } = context;
  const where = await auditEventsWhere(organization, filters);
  const db = await getDb();
  const nonEmpty = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ""));

  return startExport<AuditLogRow>({
    context,
    format,
    columns: AUDIT_LOG_COLUMNS,
    filename: exportFilename(organization.slug, "audit-log", formatIsoDate(toZonedDate(now, organization.timeZone)), format),
    action: AUDIT_LOG_EXPORTED,
    request: { filters: nonEmpty },
    batchSize: args.batchSize,
    onBatch: args.onBatch,
    async readBatch(last, limit) {
      if (!where) return [];
      const rows = await db.auditEvent.findMany({
        // Entries written after the export began (its own record among them) wait for the next one.
        where: { AND: [where, { createdAt: { lte: now } }, last ? after(last) : {}] },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: limit,
        select: auditLogSelect,
      });
      // The exporting member sees what the audit page shows them: subjects they did not reveal today, masked.
      const named = await requestsNamedBy(organization, rows, { userId: context.user.id, role: context.role, now });
      return rows.map((r) => ({ ...readableAuditEntry(r, named), requestReference: (r.targetId && named.get(r.targetId)?.reference) || null }));
    },
  });
}
