// The request log's columns, one list for CSV and NDJSON: what CCPA §7101 record keeping asks for (dates
// received, verified, due and closed, the request, how it was answered and why, who worked it), and the
// subject's identifiers only when the admin asks for them. Instants are ISO 8601 UTC; codes are the enum
// names (ACCESS, COMPLETED …), which stay the same whatever the interface calls them.
import type { Channel, Queue, Regime, RequestOutcome, RequestStatus, RequestType } from "@/lib/db/generated/enums";
import type { ExportColumn } from "./export-format";

/**
 * One request as the log reads it (export-request-log.ts); `id` only orders the batches, it is not a
 * column. Instants come as ISO 8601 UTC text, as they are written out.
 */
export type RequestLogRow = {
  id: string;
  reference: string | null;
  receivedAt: string;
  verifiedAt: string | null;
  dueAt: string | null;
  closedAt: string | null;
  type: RequestType;
  channel: Channel;
  queue: Queue;
  status: RequestStatus;
  outcome: RequestOutcome | null;
  denialReason: string | null;
  regime: Regime | null;
  extendedAt: string | null;
  extensionDays: number | null;
  extensionMonths: number | null;
  extensionReason: string | null;
  identifiersRemovedAt: string | null;
  assigneeEmail: string | null;
  /** Read only when the admin ticked "include subject identifiers". */
  subjectName?: string;
  subjectEmail?: string;
  jurisdiction?: string;
};

const RECORD_COLUMNS: readonly ExportColumn<RequestLogRow>[] = [
  { key: "reference", value: (r) => r.reference },
  { key: "received_at", value: (r) => r.receivedAt },
  { key: "verified_at", value: (r) => r.verifiedAt },
  { key: "due_at", value: (r) => r.dueAt },
  { key: "closed_at", value: (r) => r.closedAt },
  { key: "type", value: (r) => r.type },
  { key: "channel", value: (r) => r.channel },
  { key: "queue", value: (r) => r.queue },
  { key: "status", value: (r) => r.status },
  { key: "outcome", value: (r) => r.outcome },
  { key: "denial_reason", value: (r) => r.denialReason },
  { key: "regime", value: (r) => r.regime },
  { key: "extended_at", value: (r) => r.extendedAt },
  { key: "extension_days", value: (r) => r.extensionDays },
  { key: "extension_months", value: (r) => r.extensionMonths },
  { key: "extension_reason", value: (r) => r.extensionReason },
  { key: "assignee_email", value: (r) => r.assigneeEmail },
  // Retention replaces the identifiers with a tombstone; the row says since when.
  { key: "identifiers_removed_at", value: (r) => r.identifiersRemovedAt },
];

const IDENTIFIER_COLUMNS: readonly ExportColumn<RequestLogRow>[] = [
  { key: "subject_name", value: (r) => r.subjectName ?? null },
  { key: "subject_email", value: (r) => r.subjectEmail ?? null },
  { key: "subject_jurisdiction", value: (r) => r.jurisdiction ?? null },
];

export function requestLogColumns({ includeIdentifiers }: { includeIdentifiers: boolean }): readonly ExportColumn<RequestLogRow>[] {
  return includeIdentifiers ? [...RECORD_COLUMNS, ...IDENTIFIER_COLUMNS] : RECORD_COLUMNS;
}
