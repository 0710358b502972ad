// Turns an endpoint off or on. Off, it receives nothing new and its deliveries still waiting are marked failed
// (they can be retried once it is on again); on, it receives the events that happen from then on.
import "server-only";
import type { ActionResult } from "@/lib/requests/action-result";
import { auditSetting, refuseSetting, runSettingsChange, type SettingsContext } from "@/lib/organizations/run-settings-change";
import { findEndpointForChange } from "./find-endpoint";

export const DISABLED_BEFORE_DELIVERY = "The endpoint was disabled before delivery.";

export async function setWebhookEndpointEnabled(args: {
  context: SettingsContext;
  endpointId: string;
  enabled: boolean;
  now: Date;
}): Promise<ActionResult<{ url: string; cancelled: number }>> {
  const { context, endpointId, enabled, now } = args;
  return runSettingsChange(context, async (tx, org) => {
    const endpoint = await findEndpointForChange(tx, org.id, endpointId);
    if (endpoint.enabled === enabled) refuseSetting("not_allowed", `This endpoint is already ${enabled ? "enabled" : "disabled"}.`);
    await tx.webhookEndpoint.update({
      where: { id: endpoint.id, organizationId: org.id },
      data: { enabled, disabledAt: enabled ? null : now },
    });
    const cancelled = enabled
      ? 0
      : (
          await tx.webhookDelivery.updateMany({
            where: { organizationId: org.id, endpointId: endpoint.id, status: "PENDING" },
            data: { status: "FAILED", lastError: DISABLED_BEFORE_DELIVERY },
          })
        ).count;
    await auditSetting(tx, context, {
      action: enabled ? "webhook.enable" : "webhook.disable",
      targetType: "WebhookEndpoint",
      targetId: endpoint.id,
      before: { url: endpoint.url, enabled: endpoint.enabled },
      after: { url: endpoint.url, enabled, ...(cancelled > 0 ? { pendingMarkedFailed: cancelled } : {}) },
    });
    return { url: endpoint.url, cancelled };
  });
}
