// Settings → Request intake → Relationships: change what a relationship says and which queue its new
// requests land in. Requests already made keep the queue they were given.
import "server-only";
import type { ActionResult } from "@/lib/requests/action-result";
import { invalid } from "@/lib/requests/action-result";
import { isUuid } from "@/lib/requests/run-staff-action";
import { adminRefusal, auditSetting, changedFields, hasChanges, refuseSetting, runSettingsChange, type SettingsContext } from "./run-settings-change";
import { relationshipSchema, settingsFieldErrors, type RelationshipInput } from "./settings-schemas";
import type { SettingsSaved } from "./update-organization-profile";

export const RELATIONSHIP_NOT_FOUND = "We can't find this relationship in your organization.";

export async function updateRelationship({
  context,
  relationshipId,
  input,
}: {
  context: SettingsContext;
  relationshipId: string;
  input: RelationshipInput;
}): Promise<ActionResult<SettingsSaved>> {
  const refused = adminRefusal(context);
  if (refused) return refused;
  if (!isUuid(relationshipId)) return { ok: false, code: "not_found", error: RELATIONSHIP_NOT_FOUND };
  const parsed = relationshipSchema.safeParse(input);
  if (!parsed.success) return invalid(settingsFieldErrors(parsed.error));
  return runSettingsChange(context, async (tx, org) => {
    const relationship = await tx.relationship.findFirst({ where: { id: relationshipId, organizationId: org.id } });
    if (!relationship) refuseSetting("not_found", RELATIONSHIP_NOT_FOUND);
    const change = changedFields(relationship, parsed.data);
    if (!hasChanges(change)) return { changed: [] };
    await tx.relationship.update({ where: { id: relationship.id, organizationId: org.id }, data: parsed.data });
    await auditSetting(tx, context, {
      action: "relationship.update",
      targetType: "Relationship",
      targetId: relationship.id,
      before: { key: relationship.key, ...change.before },
      after: { key: relationship.key, ...change.after },
    });
    return { changed: Object.keys(change.after) };
  });
}
