// A queue row as the page shows it: labels, dates in the organization's time zone, the due text, and
// the subject masked unless this member just revealed it. Only these strings reach the HTML.
import { clockStopsFor } from "@/lib/deadlines";
import { requestTypeLabel, staffStatusLabel } from "@/lib/requests/labels";
import { isOpen } from "@/lib/requests/workflow";
import { describeDue, type DueTone } from "./describe-due";
import type { QueueRow } from "./list-queue";
import { maskEmail, maskName } from "./mask-subject";
import { toUrlToken } from "./schemas";

// Dates in a table column are short ("14 Oct 2026"); the request page shows them in full.
function formatShortDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric" }).format(date);
}

export type QueueRowView = {
  id: string;
  reference: string;
  href: string;
  typeLabel: string;
  statusLabel: string;
  /** The global badge class of the status, e.g. "badge--in-progress". */
  statusBadge: string;
  subject: { name: string; email: string; isRevealed: boolean };
  received: { iso: string; text: string };
  due: { iso: string; date: string; text: string | null; tone: DueTone | null } | null;
  assignee: { name: string; isMe: boolean } | null;
};

export function presentQueueRow(
  row: QueueRow,
  context: { orgSlug: string; timeZone: string; now: Date; userId: string; isRevealed: boolean },
): QueueRowView {
  const { timeZone, now } = context;
  // While a request waits on its subject its clock is stopped only if its law stops it for what was asked
  // (lib/deadlines/regimes): then the due date moves when it resumes; otherwise the date still stands.
  const due =
    row.status === "AWAITING_SUBJECT" && clockStopsFor(row.regime ?? "DEFAULT", row.pauseReason ?? undefined)
      ? { text: "clock paused", tone: "on-track" as const }
      : row.dueAt && isOpen(row.status)
        ? describeDue(row.dueAt, now, timeZone)
        : null;
  return {
    id: row.id,
    reference: row.reference ?? "(no reference)",
    href: `/dashboard/${context.orgSlug}/requests/${row.id}`,
    typeLabel: requestTypeLabel[row.type],
    statusLabel: staffStatusLabel[row.status],
    statusBadge: `badge--${toUrlToken(row.status)}`,
    subject: context.isRevealed
      ? { name: row.subjectName, email: row.subjectEmail, isRevealed: true }
      : { name: maskName(row.subjectName), email: maskEmail(row.subjectEmail), isRevealed: false },
    received: { iso: row.receivedAt.toISOString(), text: formatShortDate(row.receivedAt, timeZone) },
    due: row.dueAt
      ? { iso: row.dueAt.toISOString(), date: formatShortDate(row.dueAt, timeZone), text: due?.text ?? null, tone: due?.tone ?? null }
      : null,
    assignee: row.assignee ? { name: row.assignee.name || row.assignee.email, isMe: row.assignee.id === context.userId } : null,
  };
}
