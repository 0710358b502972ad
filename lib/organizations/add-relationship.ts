// Settings → Request intake → Relationships: a new way a person can know the organization, placed last.
// Its key (what the portal form posts) comes from the label and never changes afterwards.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { ActionResult } from "@/lib/requests/action-result";
import { invalid } from "@/lib/requests/action-result";
import { adminRefusal, auditSetting, runSettingsChange, type SettingsContext } from "./run-settings-change";
import { relationshipSchema, settingsFieldErrors, type RelationshipInput } from "./settings-schemas";

/** "I have an account!" → "i-have-an-account". */
export function keyFromLabel(label: string): string {
  const key = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return key || "relationship";
}

async function unusedKey(tx: Tx, organizationId: string, label: string): Promise<string> {
  const base = keyFromLabel(label);
  const taken = new Set(
    (await tx.relationship.findMany({ where: { organizationId, key: { startsWith: base } }, select: { key: true } })).map((r) => r.key),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function addRelationship({ context, input }: { context: SettingsContext; input: RelationshipInput }): Promise<ActionResult<{ relationshipId: string }>> {
  const refused = adminRefusal(context);
  if (refused) return refused;
  const parsed = relationshipSchema.safeParse(input);
  if (!parsed.success) return invalid(settingsFieldErrors(parsed.error));
  return runSettingsChange(context, async (tx, org) => {
    const last = await tx.relationship.findFirst({ where: { organizationId: org.id }, orderBy: { position: "desc" }, select: { position: true } });
    const created = await tx.relationship.create({
      data: { organizationId: org.id, key: await unusedKey(tx, org.id, parsed.data.label), ...parsed.data, position: (last?.position ?? -1) + 1 },
    });
    await auditSetting(tx, context, {
      action: "relationship.create",
      targetType: "Relationship",
      targetId: created.id,
      after: { key: created.key, ...parsed.data },
    });
    return { relationshipId: created.id };
  });
}
