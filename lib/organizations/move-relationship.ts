// Settings → Request intake → Relationships: move one up or down the list the portal shows.
import "server-only";
import type { ActionResult } from "@/lib/requests/action-result";
import { isUuid } from "@/lib/requests/run-staff-action";
import { adminRefusal, auditSetting, refuseSetting, runSettingsChange, type SettingsContext } from "./run-settings-change";
import { RELATIONSHIP_NOT_FOUND } from "./update-relationship";

export type MoveDirection = "up" | "down";

export async function moveRelationship({
  context,
  relationshipId,
  direction,
}: {
  context: SettingsContext;
  relationshipId: string;
  direction: MoveDirection;
}): Promise<ActionResult<{ order: string[] }>> {
  const refused = adminRefusal(context);
  if (refused) return refused;
  if (!isUuid(relationshipId)) return { ok: false, code: "not_found", error: RELATIONSHIP_NOT_FOUND };
  if (direction !== "up" && direction !== "down") return { ok: false, code: "invalid", error: "Move it up or down." };
  return runSettingsChange(context, async (tx, org) => {
    const list = await tx.relationship.findMany({
      where: { organizationId: org.id },
      orderBy: [{ position: "asc" }, { label: "asc" }],
      select: { id: true, key: true },
    });
    const from = list.findIndex((r) => r.id === relationshipId);
    if (from === -1) refuseSetting("not_found", RELATIONSHIP_NOT_FOUND);
    const to = direction === "up" ? from - 1 : from + 1;
    const before = list.map((r) => r.key);
    if (to < 0 || to >= list.length) return { order: before };
    const moved = [...list];
    [moved[from], moved[to]] = [moved[to]!, moved[from]!];
    // Positions are rewritten 0…n-1, which also repairs any ties left by older data.
    for (const [position, r] of moved.entries()) {
      await tx.relationship.update({ where: { id: r.id, organizationId: org.id }, data: { position } });
    }
    const after = moved.map((r) => r.key);
    await auditSetting(tx, context, {
      action: "relationship.reorder",
      targetType: "Relationship",
      targetId: relationshipId,
      before: { order: before },
      after: { order: after },
    });
    return { order: after };
  });
}
