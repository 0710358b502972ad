// The request log's columns, one list for CSV and NDJSON: what CCPA §7101 record keeping asks for (dates
// received, verified, due and closed, the request, how it was answered and why, who worked it), and the
// subject's identifiers only when the admin asks for them. Instants are ISO 8601 UTC; codes are the enum
// names (ACCESS, COMPLETED …), which stay the same whatever the interface calls them.
import type { Prisma } from "@/lib/db/generated/client";
import type { ExportColumn } from "./export-format";

/** What every export reads. `id` only orders the batches; it is not a column. */
export const requestLogSelect = {
  id: true,
  reference: true,
  receivedAt: true,
  verifiedAt: true,
  dueAt: true,
  closedAt: true,
  type: true,
  channel: true,
  queue: true,
  status: true,
  outcome: true,
  denialReason: true,
  regime: true,
  extendedAt: true,
  extensionDays: true,
  extensionMonths: true,
  extensionReason: true,
  identifiersRemovedAt: true,
  assignee: { select: { email: true } },
} satisfies Prisma.PrivacyRequestSelect;

/** Read only when the admin ticked "include subject identifiers". */
export const subjectIdentifiersSelect = {
  subjectName: true,
  subjectEmail: true,
  jurisdiction: true,
} satisfies Prisma.PrivacyRequestSelect;

export type RequestLogRow = Prisma.PrivacyRequestGetPayload<{ select: typeof requestLogSelect }> &
  Partial<Prisma.PrivacyRequestGetPayload<{ select: typeof subjectIdentifiersSelect }>>;

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
  { key: "assignee_email", value: (r) => r.assignee?.email ?? null },
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
