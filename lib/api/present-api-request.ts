// Requests as the API returns them: plain JSON with ISO dates and enum values, the subject masked unless
// this call revealed it (recorded in the audit log like the queue's reveal), never the audit trail's IPs.
import { maskEmail, maskName } from "@/lib/requests/queue/mask-subject";
import type { QueueRow } from "@/lib/requests/queue/list-queue";
import type { StaffRequestView } from "@/lib/requests/get-staff-request";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function presentApiRequestRow(row: QueueRow) {
  return {
    id: row.id,
    reference: row.reference,
    type: row.type,
    status: row.status,
    queue: row.queue,
    subject: { name: maskName(row.subjectName), email: maskEmail(row.subjectEmail), isRevealed: false },
    receivedAt: row.receivedAt.toISOString(),
    dueAt: iso(row.dueAt),
    assignee: row.assignee ? { id: row.assignee.id, name: row.assignee.name || row.assignee.email } : null,
  };
}

export function presentApiRequest(view: StaffRequestView) {
  // The view is already masked for a reader who has not revealed (get-staff-request.ts).
  const isRevealed = view.isSubjectRevealed;
  return {
    id: view.id,
    reference: view.reference,
    type: view.type,
    status: view.status,
    queue: view.queue,
    channel: view.channel,
    subject: { name: view.subjectName, email: view.subjectEmail, isRevealed },
    jurisdiction: view.jurisdiction,
    details: isRevealed ? view.details : null,
    correctionWrong: isRevealed ? view.correctionWrong : null,
    correctionRight: isRevealed ? view.correctionRight : null,
    controllerName: view.controllerName,
    relationship: view.relationship.label,
    customer: view.customer ? { name: view.customer.name } : null,
    assignee: view.assignee ? { id: view.assignee.id, name: view.assignee.name || view.assignee.email } : null,
    receivedAt: view.receivedAt.toISOString(),
    verifiedAt: iso(view.verifiedAt),
    dueAt: iso(view.dueAt),
    closedAt: iso(view.closedAt),
    isPaused: view.isPaused,
    deadline: view.deadline ? { regime: view.deadline.regime, explanation: view.deadline.explanation } : null,
    outcome: view.outcome,
    closingNote: view.closingNote,
    denialReason: view.denialReason,
    duplicateOf: view.duplicateOf?.reference ?? null,
    files: view.files.map((f) => ({
      id: f.id,
      filename: f.filename,
      contentType: f.contentType,
      size: f.size,
      sha256: f.sha256,
      availableUntil: iso(f.availableUntil),
      downloads: f.downloads,
    })),
    history: view.events.map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      by: e.actorName ?? e.actor.toLowerCase(),
      visibleToSubject: e.visibleToSubject,
      message: e.message,
    })),
    /** What this key's scope could do next (empty for a READ key). */
    actions: view.actions,
  };
}

export type ApiRequest = ReturnType<typeof presentApiRequest>;
