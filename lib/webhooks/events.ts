// The webhook event types, what each means in the words of the admin page, and the payload every event
// carries: the request's facts for routing and deadlines, never the subject's identifiers (name, email,
// free text) — receivers fetch those through the API with a key of their own.
import type { PrivacyRequest, RequestStatus } from "@/lib/db/generated/client";

export const WEBHOOK_EVENT_TYPES = [
  "request.verified",
  "request.status_changed",
  "request.due_soon",
  "request.overdue",
  "request.closed",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** "Send test event": goes through the same outbox, to one endpoint, whatever it subscribed to. */
export const PING_EVENT = "ping";

export type DeliveredEventType = WebhookEventType | typeof PING_EVENT;

export const webhookEventLabel: Record<WebhookEventType, string> = {
  "request.verified": "A request was confirmed by its subject (or recorded by staff) and entered a queue",
  "request.status_changed": "A request's status changed",
  "request.due_soon": "A request reached one of the reminder points before or on its due day",
  "request.overdue": "A request is past its due date (once per overdue reminder point)",
  "request.closed": "A request was completed, denied, withdrawn or marked a duplicate",
};

/** The request's fields an event carries. */
export type WebhookRequest = Pick<PrivacyRequest, "id" | "reference" | "type" | "status" | "queue" | "channel" | "dueAt" | "receivedAt" | "verifiedAt" | "closedAt" | "outcome">;

export const WEBHOOK_REQUEST_SELECT = {
  id: true,
  reference: true,
  type: true,
  status: true,
  queue: true,
  channel: true,
  dueAt: true,
  receivedAt: true,
  verifiedAt: true,
  closedAt: true,
  outcome: true,
} as const;

export type WebhookPayload = {
  id: string;
  type: DeliveredEventType;
  createdAt: string;
  organization: { slug: string };
  data: Record<string, unknown>;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** `data.request` of an event: what a receiver needs to route and schedule work, nothing that identifies the subject. */
export function requestData(request: WebhookRequest, extra: { previousStatus?: RequestStatus; reminderPoint?: string } = {}) {
  return {
    id: request.id,
    reference: request.reference,
    type: request.type,
    status: request.status,
    ...(extra.previousStatus ? { previousStatus: extra.previousStatus } : {}),
    queue: request.queue,
    channel: request.channel,
    outcome: request.outcome,
    receivedAt: iso(request.receivedAt),
    verifiedAt: iso(request.verifiedAt),
    dueAt: iso(request.dueAt),
    closedAt: iso(request.closedAt),
    ...(extra.reminderPoint ? { reminderPoint: extra.reminderPoint } : {}),
  };
}
