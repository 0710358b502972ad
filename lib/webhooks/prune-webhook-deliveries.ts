// The delivery log keeps what an admin needs to debug a receiver, not a history of every event: finished
// deliveries (delivered or failed) older than WEBHOOK_LOG_DAYS are deleted. Pending ones are never touched.
import { getDb } from "@/lib/db/client";

export const WEBHOOK_LOG_DAYS = 30;

export async function pruneWebhookDeliveries({ now }: { now: Date }): Promise<{ removed: number }> {
  const db = await getDb();
  const before = new Date(now.getTime() - WEBHOOK_LOG_DAYS * 86_400_000);
  const { count } = await db.webhookDelivery.deleteMany({ where: { status: { not: "PENDING" }, createdAt: { lt: before } } });
  return { removed: count };
}
