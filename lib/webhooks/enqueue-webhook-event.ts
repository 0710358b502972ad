// Writes one delivery per enabled endpoint of the organization subscribed to the event, inside the caller's
// transaction: the event exists exactly when the change that caused it does. The dispatcher delivers them;
// callers kick the worker after their commit. The reminder sweep raises thousands of events in one
// transaction, so events go in as a batch: one read of the endpoints, one write of the deliveries.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import type { RequestStatus } from "@/lib/db/generated/client";
import { requestData, type WebhookEventType, type WebhookPayload, type WebhookRequest } from "./events";

export type WebhookEvent = {
  organizationId: string;
  type: WebhookEventType;
  request: WebhookRequest;
  occurredAt: Date;
  previousStatus?: RequestStatus;
  reminderPoint?: string;
};

export async function enqueueWebhookEvent(tx: Tx, event: WebhookEvent): Promise<{ eventId: string; deliveries: number }> {
  const [result] = await enqueueWebhookEvents(tx, [event]);
  return result!;
}

/** The events in order, each with its id and how many deliveries it got. */
export async function enqueueWebhookEvents(tx: Tx, events: readonly WebhookEvent[]): Promise<{ eventId: string; deliveries: number }[]> {
  const results = events.map(() => ({ eventId: randomUUID(), deliveries: 0 }));
  if (events.length === 0) return results;
  const organizationIds = [...new Set(events.map((e) => e.organizationId))];
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { organizationId: { in: organizationIds }, enabled: true, events: { hasSome: [...new Set(events.map((e) => e.type))] } },
    select: { id: true, organizationId: true, events: true },
  });
  if (endpoints.length === 0) return results;
  const organizations = await tx.organization.findMany({
    where: { id: { in: [...new Set(endpoints.map((e) => e.organizationId))] } },
    select: { id: true, slug: true },
  });
  const slugOf = new Map(organizations.map((o) => [o.id, o.slug]));

  const deliveries = events.flatMap((event, i) => {
    const subscribed = endpoints.filter((e) => e.organizationId === event.organizationId && e.events.includes(event.type));
    if (subscribed.length === 0) return [];
    const { eventId } = results[i]!;
    results[i]!.deliveries = subscribed.length;
    const payload: WebhookPayload = {
      id: eventId,
      type: event.type,
      createdAt: event.occurredAt.toISOString(),
      organization: { slug: slugOf.get(event.organizationId)! },
      data: { request: requestData(event.request, { previousStatus: event.previousStatus, reminderPoint: event.reminderPoint }) },
    };
    const body = JSON.stringify(payload);
    return subscribed.map((endpoint) => ({
      organizationId: event.organizationId,
      endpointId: endpoint.id,
      eventId,
      eventType: event.type,
      payload: body,
      nextAttemptAt: event.occurredAt,
      createdAt: event.occurredAt,
    }));
  });
  if (deliveries.length > 0) await tx.webhookDelivery.createMany({ data: deliveries });
  return results;
}
