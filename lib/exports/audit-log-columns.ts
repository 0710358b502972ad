// The audit log's columns, one list for CSV and NDJSON: when (ISO 8601 UTC), who and from where, what,
// on which target (with the request's reference when it is a request), before → after, and why.
// Before and after are JSON: nested in NDJSON, JSON text in a CSV cell.
import type { Prisma } from "@/lib/db/generated/client";
import type { ExportColumn } from "./export-format";

export const auditLogSelect = {
  id: true,
  createdAt: true,
  actorEmail: true,
  actorUserId: true,
  ip: true,
  action: true,
  targetType: true,
  targetId: true,
  before: true,
  after: true,
  reason: true,
} satisfies Prisma.AuditEventSelect;

export type AuditLogRow = Prisma.AuditEventGetPayload<{ select: typeof auditLogSelect }> & { requestReference: string | null };

export const AUDIT_LOG_COLUMNS: readonly ExportColumn<AuditLogRow>[] = [
  { key: "occurred_at", value: (r) => r.createdAt },
  { key: "actor_email", value: (r) => r.actorEmail },
  { key: "actor_user_id", value: (r) => r.actorUserId },
  { key: "ip", value: (r) => r.ip },
  { key: "action", value: (r) => r.action },
  { key: "target_type", value: (r) => r.targetType },
  { key: "target_id", value: (r) => r.targetId },
  { key: "request_reference", value: (r) => r.requestReference },
  { key: "before", value: (r) => r.before },
  { key: "after", value: (r) => r.after },
  { key: "reason", value: (r) => r.reason },
];
