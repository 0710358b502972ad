// Settings → Request intake → Relationships: remove one that no request was made under. One that was
// stays (the requests record how the person knows the organization); the answer says so and what to do.
import "server-only";
import type { ActionResult } from "@/lib/requests/action-result";
import { isUuid } from "@/lib/requests/run-staff-action";
import { adminRefusal, auditSetting, refuseSetting, runSettingsChange, type SettingsContext } from "./run-settings-change";
import { RELATIONSHIP_NOT_FOUND } from "./update-relationship";

export async function removeRelationship({ context, relationshipId }: { context: SettingsContext; relationshipId: string }): Promise<ActionResult<{ key: string }>> {
  const refused = adminRefusal(context);
  if (refused) return refused;
  if (!isUuid(relationshipId)) return { ok: false, code: "not_found", error: RELATIONSHIP_NOT_FOUND };
  return runSettingsChange(context, async (tx, org) => {
    const relationship = await tx.relationship.findFirst({ where: { id: relationshipId, organizationId: org.id } });
    if (!relationship) refuseSetting("not_found", RELATIONSHIP_NOT_FOUND);
    const used = await tx.privacyRequest.count({ where: { organizationId: org.id, relationshipId: relationship.id } });
    if (used > 0) {
      refuseSetting(
        "conflict",
        `“${relationship.label}” cannot be removed: ${used} ${used === 1 ? "request was" : "requests were"} made under it, and ${used === 1 ? "it records" : "they record"} how the person knows you. Change its wording instead.`,
      );
    }
    const others = await tx.relationship.count({ where: { organizationId: org.id, id: { not: relationship.id } } });
    if (others === 0) refuseSetting("conflict", "The request form needs at least one relationship: add another before removing this one.");
    await tx.relationship.delete({ where: { id: relationship.id, organizationId: org.id } });
    await auditSetting(tx, context, {
      action: "relationship.delete",
      targetType: "Relationship",
      targetId: relationship.id,
      before: {
        key: relationship.key,
        label: relationship.label,
        description: relationship.description,
        queue: relationship.queue,
        controllerPrompt: relationship.controllerPrompt,
      },
    });
    return { key: relationship.key };
  });
}
