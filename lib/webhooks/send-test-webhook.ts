// "Send test event": a `ping` event for one endpoint, written to the same outbox and delivered, signed and
// retried exactly like the others, so it tests the whole path. Rate-limited with endpoint registrations.
import "server-only";
import { randomUUID } from "node:crypto";
import type { ActionResult } from "@/lib/requests/action-result";
import { auditSetting, refuseSetting, runSettingsChange, type SettingsContext } from "@/lib/organizations/run-settings-change";
import { kickOutbox } from "@/lib/worker/background-worker";
import { webhookRateLimitRefusal } from "./create-webhook-endpoint";
import { PING_EVENT, type WebhookPayload } from "./events";
import { findEndpointForChange } from "./find-endpoint";

export async function sendTestWebhook(args: { context: SettingsContext; endpointId: string; now: Date }): Promise<ActionResult<{ eventId: string; url: string }>> {
  const { context, endpointId, now } = args;
  const limited = await webhookRateLimitRefusal(context.organization.id, now);
  if (limited) return { ok: false, code: "not_allowed", error: limited };
  const result = await runSettingsChange(context, async (tx, org) => {
    const endpoint = await findEndpointForChange(tx, org.id, endpointId);
    if (!endpoint.enabled) refuseSetting("not_allowed", "Enable the endpoint before sending it a test event.");
    const eventId = randomUUID();
    const payload: WebhookPayload = {
      id: eventId,
      type: PING_EVENT,
      createdAt: now.toISOString(),
      organization: { slug: org.slug },
      data: { message: "A test event sent from Rightsdesk by an admin of this organization." },
    };
    await tx.webhookDelivery.create({
      data: {
        organizationId: org.id,
        endpointId: endpoint.id,
        eventId,
        eventType: PING_EVENT,
        payload: JSON.stringify(payload),
        nextAttemptAt: now,
        createdAt: now,
      },
    });
    await auditSetting(tx, context, { action: "webhook.test", targetType: "WebhookEndpoint", targetId: endpoint.id, after: { url: endpoint.url, eventId } });
    return { eventId, url: endpoint.url };
  });
  if (result.ok) kickOutbox();
  return result;
}
