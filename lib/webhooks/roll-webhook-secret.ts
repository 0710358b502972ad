// Replaces an endpoint's signing secret. The new one is returned once; deliveries still pending are signed
// with it at their next attempt, so the receiver should accept the new secret before the admin rolls.
import "server-only";
import type { ActionResult } from "@/lib/requests/action-result";
import { auditSetting, runSettingsChange, type SettingsContext } from "@/lib/organizations/run-settings-change";
import { createEndpointSecret, sealEndpointSecret } from "./endpoint-secret";
import { findEndpointForChange } from "./find-endpoint";

export async function rollWebhookSecret(args: { context: SettingsContext; endpointId: string; now: Date }): Promise<ActionResult<{ secret: string; url: string }>> {
  const { context, endpointId, now } = args;
  return runSettingsChange(context, async (tx, org) => {
    const endpoint = await findEndpointForChange(tx, org.id, endpointId);
    const secret = createEndpointSecret();
    await tx.webhookEndpoint.update({
      where: { id: endpoint.id, organizationId: org.id },
      data: { secretEncrypted: sealEndpointSecret(secret, endpoint.id), secretRolledAt: now },
    });
    await auditSetting(tx, context, {
      action: "webhook.roll_secret",
      targetType: "WebhookEndpoint",
      targetId: endpoint.id,
      after: { url: endpoint.url, secretRolledAt: now.toISOString() },
    });
    return { secret, url: endpoint.url };
  });
}
