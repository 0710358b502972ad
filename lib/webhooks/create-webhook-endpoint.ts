// Registers a webhook endpoint: the address passes the rules (https, a public address unless the private
// network is allowed), a fresh signing secret is sealed under the endpoint's id, and the change is audited
// without the secret. The secret is returned once, for the admin to copy; it is never shown again.
import "server-only";
import { randomUUID } from "node:crypto";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { invalid, type ActionResult } from "@/lib/requests/action-result";
import { adminRefusal, auditSetting, refuseSetting, runSettingsChange, type SettingsContext } from "@/lib/organizations/run-settings-change";
import { resolveWebhookTarget } from "./check-webhook-url";
import { createEndpointSecret, sealEndpointSecret } from "./endpoint-secret";
import { endpointSchema, fieldErrorsOf, type EndpointInput } from "./schemas";

export const MAX_ENDPOINTS = 10;
/** Endpoint registrations and test events per organization and hour: each makes the server call an address of the admin's choosing. */
export const WEBHOOK_CHANGE_LIMIT = { max: 30, windowSeconds: 3600 };

export async function webhookRateLimitRefusal(organizationId: string, now: Date): Promise<string | null> {
  const limit = await hitRateLimit({ key: `webhook:${organizationId}`, ...WEBHOOK_CHANGE_LIMIT, now });
  if (limit.allowed) return null;
  const minutes = Math.ceil(limit.retryAfterSeconds / 60);
  return `Your organization has added endpoints or sent test events ${WEBHOOK_CHANGE_LIMIT.max} times within an hour, the most allowed. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

export async function createWebhookEndpoint(args: {
  context: SettingsContext;
  input: EndpointInput;
  now: Date;
  allowPrivateNetwork?: boolean;
}): Promise<ActionResult<{ endpointId: string; secret: string; url: string }>> {
  const { context, now } = args;
  const refused = adminRefusal(context);
  if (refused) return refused;
  const parsed = endpointSchema.safeParse(args.input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { url, description, events } = parsed.data;
  const target = await resolveWebhookTarget(url, { allowPrivateNetwork: args.allowPrivateNetwork });
  if (!target.ok) return invalid({ url: [target.error] }, target.error);
  const limited = await webhookRateLimitRefusal(context.organization.id, now);
  if (limited) return { ok: false, code: "not_allowed", error: limited };

  return runSettingsChange(context, async (tx, org) => {
    const count = await tx.webhookEndpoint.count({ where: { organizationId: org.id } });
    if (count >= MAX_ENDPOINTS) refuseSetting("not_allowed", `An organization can have at most ${MAX_ENDPOINTS} webhook endpoints. Delete one you no longer use first.`);
    const id = randomUUID();
    const secret = createEndpointSecret();
    await tx.webhookEndpoint.create({
      data: {
        id,
        organizationId: org.id,
        url,
        description: description ?? null,
        events,
        secretEncrypted: sealEndpointSecret(secret, id),
        createdById: context.user.id,
        createdAt: now,
      },
    });
    await auditSetting(tx, context, {
      action: "webhook.create",
      targetType: "WebhookEndpoint",
      targetId: id,
      after: { url, description: description ?? null, events, enabled: true },
    });
    return { endpointId: id, secret, url };
  });
}
