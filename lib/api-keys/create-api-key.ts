// Creates an organization API key (admins only, audited). The token is returned here once and never again:
// only its SHA-256 is stored.
import "server-only";
import type { ActionResult } from "@/lib/requests/action-result";
import { invalid } from "@/lib/requests/action-result";
import { fieldErrorsFrom } from "@/lib/requests/action-schemas";
import { adminRefusal, auditSetting, runSettingsChange, type SettingsContext } from "@/lib/organizations/run-settings-change";
import type { ApiKeyScope } from "@/lib/db/generated/enums";
import { newApiKeyToken } from "./api-key-token";
import { createApiKeySchema, type CreateApiKeyInput } from "./schemas";

export type CreatedApiKey = { id: string; name: string; scope: ApiKeyScope; prefix: string; token: string };

export async function createApiKey({ context, input, now }: { context: SettingsContext; input: CreateApiKeyInput; now: Date }): Promise<ActionResult<{ key: CreatedApiKey }>> {
  const refused = adminRefusal(context);
  if (refused) return refused;
  const parsed = createApiKeySchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error));
  const { name, scope } = parsed.data;
  const { token, prefix, secretHash } = newApiKeyToken();
  return runSettingsChange(context, async (tx, org) => {
    const key = await tx.apiKey.create({
      data: { organizationId: org.id, name, scope, prefix, secretHash, createdById: context.user.id, createdAt: now },
      select: { id: true },
    });
    await auditSetting(tx, context, { action: "api_key.create", targetType: "ApiKey", targetId: key.id, after: { name, scope, prefix } });
    return { key: { id: key.id, name, scope, prefix, token } };
  });
}
