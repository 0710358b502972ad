// Deletes an endpoint and its delivery log; nothing more is sent to it. Audited with what it was.
import "server-only";
import type { ActionResult } from "@/lib/requests/action-result";
import { auditSetting, runSettingsChange, type SettingsContext } from "@/lib/organizations/run-settings-change";
import { findEndpointForChange } from "./find-endpoint";

export async function deleteWebhookEndpoint(args: { context: SettingsContext; endpointId: string }): Promise<ActionResult<{ url: string }>> {
  const { context, endpointId } = args;
  return runSettingsChange(context, async (tx, org) => {
    const endpoint = await findEndpointForChange(tx, org.id, endpointId);
    await tx.webhookEndpoint.delete({ where: { id: endpoint.id, organizationId: org.id } });
    await auditSetting(tx, context, {
      action: "webhook.delete",
      targetType: "WebhookEndpoint",
      targetId: endpoint.id,
      before: { url: endpoint.url, description: endpoint.description, events: endpoint.events, enabled: endpoint.enabled },
    });
    return { url: endpoint.url };
  });
}
