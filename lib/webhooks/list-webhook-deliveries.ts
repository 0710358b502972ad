// The delivery log: the organization's latest deliveries, newest first, optionally of one endpoint or status.
import "server-only";
import { getDb } from "@/lib/db/client";
import type { WebhookDeliveryStatus } from "@/lib/db/generated/enums";
import type { DeliveryFilter } from "./schemas";

export const DELIVERY_LOG_SIZE = 100;

export type DeliveryRow = {
  id: string;
  eventId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  createdAt: Date;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  lastResponseStatus: number | null;
  lastError: string | null;
  endpointUrl: string;
};

export async function listWebhookDeliveries(organizationId: string, filter: DeliveryFilter): Promise<DeliveryRow[]> {
  const db = await getDb();
  const rows = await db.webhookDelivery.findMany({
    where: {
      organizationId,
      ...(filter.endpoint ? { endpointId: filter.endpoint } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: DELIVERY_LOG_SIZE,
    select: {
      id: true,
      eventId: true,
      eventType: true,
      status: true,
      attempts: true,
      createdAt: true,
      lastAttemptAt: true,
      nextAttemptAt: true,
      deliveredAt: true,
      lastResponseStatus: true,
      lastError: true,
      endpoint: { select: { url: true } },
    },
  });
  return rows.map(({ endpoint, ...row }) => ({ ...row, endpointUrl: endpoint.url }));
}
