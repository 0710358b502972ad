// Settings → Request intake: which types of request the portal offers (at least one).
import "server-only";
import type { ActionResult } from "@/lib/requests/action-result";
import { invalid } from "@/lib/requests/action-result";
import { adminRefusal, auditSetting, changedFields, hasChanges, runSettingsChange, type SettingsContext } from "./run-settings-change";
import { requestTypesSchema, settingsFieldErrors, type RequestTypesInput } from "./settings-schemas";
import type { SettingsSaved } from "./update-organization-profile";

export async function updateRequestTypes({ context, input }: { context: SettingsContext; input: RequestTypesInput }): Promise<ActionResult<SettingsSaved>> {
  const refused = adminRefusal(context);
  if (refused) return refused;
  const parsed = requestTypesSchema.safeParse(input);
  if (!parsed.success) return invalid(settingsFieldErrors(parsed.error));
  return runSettingsChange(context, async (tx, org) => {
    const change = changedFields(org, parsed.data);
    if (!hasChanges(change)) return { changed: [] };
    await tx.organization.update({ where: { id: org.id }, data: { requestTypes: parsed.data.requestTypes } });
    await auditSetting(tx, context, {
      action: "organization.update_request_types",
      targetType: "Organization",
      targetId: org.id,
      before: change.before,
      after: change.after,
    });
    return { changed: Object.keys(change.after) };
  });
}
