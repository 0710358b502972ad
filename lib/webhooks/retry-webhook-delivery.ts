// "Retry now" on a failed delivery: it goes back to the outbox due at once, with its retries started over,
// the same event id and the same body (signed afresh). Only failed deliveries of an enabled endpoint.
import "server-only";
import type { ActionResult } from "@/lib/requests/action-result";
import { auditSetting, refuseSetting, runSettingsChange, type SettingsContext } from "@/lib/organizations/run-settings-change";
import { isUuid } from "@/lib/requests/run-staff-action";
import { kickOutbox } from "@/lib/worker/background-worker";

export const DELIVERY_NOT_FOUND = "We can't find this delivery in your organization.";

export async function retryWebhookDelivery(args: { context: SettingsContext; deliveryId: string; now: Date }): Promise<ActionResult<{ eventType: string }>> {
  const { context, deliveryId, now } = args;
  const result = await runSettingsChange(context, async (tx, org) => {
    if (!isUuid(deliveryId)) refuseSetting("not_found", DELIVERY_NOT_FOUND);
    const delivery = await tx.webhookDelivery.findFirst({
      where: { id: deliveryId, organizationId: org.id },
      include: { endpoint: { select: { url: true, enabled: true } } },
    });
    if (!delivery) refuseSetting("not_found", DELIVERY_NOT_FOUND);
    if (delivery.status !== "FAILED") refuseSetting("not_allowed", "Only failed deliveries can be retried; this one is not failed.");
    if (!delivery.endpoint.enabled) refuseSetting("not_allowed", "Enable the endpoint before retrying its deliveries.");
    await tx.webhookDelivery.update({
      where: { id: delivery.id, organizationId: org.id },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now },
    });
    await auditSetting(tx, context, {
      action: "webhook.retry",
      targetType: "WebhookDelivery",
      targetId: delivery.id,
      before: { status: "FAILED", attempts: delivery.attempts },
      after: { status: "PENDING", url: delivery.endpoint.url, eventId: delivery.eventId, eventType: delivery.eventType },
    });
    return { eventType: delivery.eventType };
  });
  if (result.ok) kickOutbox();
  return result;
}
