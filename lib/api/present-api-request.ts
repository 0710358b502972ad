// Requests as the API returns them: plain JSON with ISO dates and enum values, the subject masked unless
// this call revealed it (recorded in the audit log like the queue's reveal), never the audit trail's IPs.
// Each answer has a zod schema that types its presenter (z.output) and is what openapi.json documents, so a
// client generated from the document reads the same fields the presenter writes.
import { z } from "zod";
import { Channel, Queue, RequestOutcome, RequestStatus, RequestType } from "@/lib/db/generated/enums";
import { maskEmail, maskName } from "@/lib/requests/queue/mask-subject";
import type { QueueRow } from "@/lib/requests/queue/list-queue";
import { QUEUE_STATUSES } from "@/lib/requests/queue/schemas";
import type { StaffRequestView } from "@/lib/requests/get-staff-request";
import { STAFF_ACTIONS, type StaffAction } from "@/lib/requests/workflow";

const STAFF_ACTION_NAMES = Object.keys(STAFF_ACTIONS) as [StaffAction, ...StaffAction[]];

const instant = z.iso.datetime();
const subjectSchema = z.object({
  name: z.string(),
  email: z.string().meta({ description: "Masked (a•••@e•••.nz) unless isRevealed." }),
  isRevealed: z.boolean(),
});
const assigneeSchema = z.object({ id: z.uuid(), name: z.string() }).nullable();
/** Null until the request is verified: references are given at verification. */
const referenceSchema = z.string().nullable().meta({ description: "OPSIQ-2026-000123; null before verification." });

export const apiRequestRowSchema = z.object({
  id: z.uuid(),
  reference: referenceSchema,
  type: z.enum(RequestType),
  status: z.enum(QUEUE_STATUSES),
  queue: z.enum(Queue),
  subject: subjectSchema,
  receivedAt: instant,
  dueAt: instant.nullable(),
  assignee: assigneeSchema,
});

export type ApiRequestRow = z.output<typeof apiRequestRowSchema>;

/** GET …/requests: one page of the queue. */
export const apiRequestListSchema = z.object({
  data: z.array(apiRequestRowSchema),
  nextCursor: z.string().nullable(),
  previousCursor: z.string().nullable(),
  warning: z.string().optional().meta({ description: "Present when q is neither a whole reference nor an email address: nothing matches." }),
});

export type ApiRequestList = z.output<typeof apiRequestListSchema>;

export const apiRequestSchema = z.object({
  id: z.uuid(),
  reference: referenceSchema,
  type: z.enum(RequestType),
  status: z.enum(RequestStatus),
  queue: z.enum(Queue),
  channel: z.enum(Channel),
  subject: subjectSchema,
  jurisdiction: z.string(),
  details: z.string().nullable().meta({ description: "Null unless revealed." }),
  correctionWrong: z.string().nullable().meta({ description: "Null unless revealed." }),
  correctionRight: z.string().nullable().meta({ description: "Null unless revealed." }),
  controllerName: z.string().nullable(),
  relationship: z.string(),
  customer: z.object({ name: z.string() }).nullable(),
  assignee: assigneeSchema,
  receivedAt: instant,
  verifiedAt: instant.nullable(),
  dueAt: instant.nullable(),
  closedAt: instant.nullable(),
  isPaused: z.boolean(),
  deadline: z.object({ regime: z.string(), explanation: z.string() }).nullable(),
  outcome: z.enum(RequestOutcome).nullable(),
  closingNote: z.string().nullable(),
  denialReason: z.string().nullable(),
  duplicateOf: z.string().nullable().meta({ description: "The reference of the request this one duplicates." }),
  files: z.array(
    z.object({
      id: z.uuid(),
      filename: z.string(),
      contentType: z.string(),
      size: z.int().nonnegative(),
      sha256: z.string(),
      availableUntil: instant.nullable(),
      downloads: z.int().nonnegative(),
    }),
  ),
  history: z.array(
    z.object({
      at: instant,
      kind: z.string(),
      by: z.string(),
      visibleToSubject: z.boolean(),
      message: z.string(),
    }),
  ),
  actions: z.array(z.enum(STAFF_ACTION_NAMES)).meta({ description: "What this key's scope could do next (empty for a READ key)." }),
});

export type ApiRequest = z.output<typeof apiRequestSchema>;

/** GET …/requests/{requestId}. */
export const apiRequestReadSchema = z.object({ data: apiRequestSchema });

export type ApiRequestRead = z.output<typeof apiRequestReadSchema>;

/** POST …/actions: the action that ran, and where the request stands now. */
export const apiActionAnswerSchema = z.object({
  data: z.object({
    id: z.uuid(),
    action: z.enum(STAFF_ACTION_NAMES),
    status: z.enum(RequestStatus).nullable(),
    actions: apiRequestSchema.shape.actions,
  }),
});

export type ApiActionAnswer = z.output<typeof apiActionAnswerSchema>;

/** POST …/replies. */
export const apiReplyAnswerSchema = z.object({ data: z.object({ id: z.uuid(), status: z.literal("sent") }) });

export type ApiReplyAnswer = z.output<typeof apiReplyAnswerSchema>;

/** POST …/files: the request completed, with how many files its answer holds. */
export const apiFilesAnswerSchema = z.object({
  data: z.object({ id: z.uuid(), status: z.literal("COMPLETED"), files: z.int().nonnegative().meta({ description: "How many files were attached." }) }),
});

export type ApiFilesAnswer = z.output<typeof apiFilesAnswerSchema>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function presentApiRequestRow(row: QueueRow): ApiRequestRow {
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

export function presentApiRequest(view: StaffRequestView): ApiRequest {
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
    actions: view.actions,
  };
}
