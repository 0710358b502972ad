// Revokes an organization API key (admins only, audited): from the next call on, the key gets 401. The row
// stays, so the history and audit records that name the key still read.
import "server-only";
import type { ActionResult } from "@/lib/requests/action-result";
import { isUuid } from "@/lib/requests/run-staff-action";
import { auditSetting, refuseSetting, runSettingsChange, type SettingsContext } from "@/lib/organizations/run-settings-change";

export const API_KEY_NOT_FOUND = "We can't find this API key in your organization.";

export async function revokeApiKey({ context, apiKeyId, now }: { context: SettingsContext; apiKeyId: string; now: Date }): Promise<ActionResult<{ name: string }>> {
  return runSettingsChange(context, async (tx, org) => {
    if (!isUuid(apiKeyId)) refuseSetting("not_found", API_KEY_NOT_FOUND);
    const key = await tx.apiKey.findFirst({ where: { id: apiKeyId, organizationId: org.id } });
    if (!key) refuseSetting("not_found", API_KEY_NOT_FOUND);
    if (key.revokedAt) refuseSetting("not_allowed", `The key "${key.name}" was already revoked.`);
    await tx.apiKey.update({ where: { id: key.id, organizationId: org.id }, data: { revokedAt: now, revokedById: context.user.id } });
    await auditSetting(tx, context, {
      action: "api_key.revoke",
      targetType: "ApiKey",
      targetId: key.id,
      before: { name: key.name, scope: key.scope, prefix: key.prefix, status: "active" },
      after: { status: "revoked" },
    });
    return { name: key.name };
  });
}
