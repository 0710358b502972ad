// What the webhooks page shows of the endpoints: small objects, never the sealed secret.
import "server-only";
import { getDb } from "@/lib/db/client";

export type EndpointRow = {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  enabled: boolean;
  createdAt: Date;
  disabledAt: Date | null;
  secretRolledAt: Date | null;
};

export async function listWebhookEndpoints(organizationId: string): Promise<EndpointRow[]> {
  const db = await getDb();
  return db.webhookEndpoint.findMany({
    where: { organizationId },
    orderBy: { createdAt: "asc" },
    select: { id: true, url: true, description: true, events: true, enabled: true, createdAt: true, disabledAt: true, secretRolledAt: true },
  });
}
