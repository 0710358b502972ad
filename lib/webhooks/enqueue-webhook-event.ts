// Writes one delivery per enabled endpoint of the organization subscribed to the event, inside the caller's
// transaction: the event exists exactly when the change that caused it does. The dispatcher delivers them;
// callers kick the worker after their commit.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import type { RequestStatus } from "@/lib/db/generated/client";
import { requestData, type WebhookEventType, type WebhookPayload, type WebhookRequest } from "./events";

export async function enqueueWebhookEvent(
  tx: Tx,
  event: {
    organizationId: string;
    type: WebhookEventType;
    request: WebhookRequest;
    occurredAt: Date;
    previousStatus?: RequestStatus;
    reminderPoint?: string;
  },
): Promise<{ eventId: string; deliveries: number }> {
  const eventId = randomUUID();
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { organizationId: event.organizationId, enabled: true, events: { has: event.type } },
    select: { id: true },
  });
  if (endpoints.length === 0) return { eventId, deliveries: 0 };
  const org = await tx.organization.findUniqueOrThrow({ where: { id: event.organizationId }, select: { slug: true } });
  const payload: WebhookPayload = {
    id: eventId,
    type: event.type,
    createdAt: event.occurredAt.toISOString(),
    organization: { slug: org.slug },
    data: { request: requestData(event.request, { previousStatus: event.previousStatus, reminderPoint: event.reminderPoint }) },
  };
  const body = JSON.stringify(payload);
  await tx.webhookDelivery.createMany({
    data: endpoints.map((endpoint) => ({
      organizationId: event.organizationId,
      endpointId: endpoint.id,
      eventId,
      eventType: event.type,
      payload: body,
      nextAttemptAt: event.occurredAt,
      createdAt: event.occurredAt,
    })),
  });
  return { eventId, deliveries: endpoints.length };
}
