// The frame of every change to an organization's settings: the role must have "admin", the organization's
// row is locked (two admins saving at once take turns, and each audit record's "before" is what it replaced),
// and the change commits with its audit record or not at all. Failures come back as values.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Organization } from "@/lib/db/generated/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { PermissionError } from "@/lib/auth/require-membership";
import { can } from "@/lib/auth/roles";
import { getDb, type Tx } from "@/lib/db/client";
import type { ActionFailure, ActionFailureCode, ActionResult, FieldErrors } from "@/lib/requests/action-result";
import type { StaffContext } from "@/lib/requests/run-staff-action";

/** Who changes the settings: what requireMembership(orgSlug, "admin") hands an action. */
export type SettingsContext = StaffContext;

class SettingsRefusal extends Error {
  constructor(readonly failure: ActionFailure) {
    super(failure.error);
  }
}

/** Stops the change, rolls its transaction back, and answers with this failure. */
export function refuseSetting(code: ActionFailureCode, error: string, fieldErrors?: FieldErrors): never {
  throw new SettingsRefusal({ ok: false, code, error, ...(fieldErrors ? { fieldErrors } : {}) });
}

/** The refusal for a role without "admin", or null: checked before any input is looked at. */
export function adminRefusal(context: SettingsContext): ActionFailure | null {
  if (can(context.role, "admin")) return null;
  return { ok: false, code: "forbidden", error: new PermissionError(context.role, "admin").message };
}

export async function runSettingsChange<T extends object>(
  context: SettingsContext,
  run: (tx: Tx, org: Organization) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<ActionResult<T>> {
  const refused = adminRefusal(context);
  if (refused) return refused;
  const db = await getDb();
  try {
    const result = await db.$transaction(
      async (tx) => {
        const locked = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "Organization" WHERE id = ${context.organization.id}::uuid FOR UPDATE`;
        if (locked.length === 0) refuseSetting("not_found", "We can't find this organization.");
        const org = await tx.organization.findUniqueOrThrow({ where: { id: context.organization.id } });
        return run(tx, org);
      },
      { timeout: options.timeoutMs ?? 15_000, maxWait: 15_000 },
    );
    return { ok: true, ...result };
  } catch (error) {
    if (error instanceof SettingsRefusal) return error.failure;
    throw error;
  }
}

type Json = Prisma.InputJsonValue | null;

/**
 * The fields of `after` whose value differs from `before`, as the audit record's two sides. Values are
 * compared as JSON (arrays in order), so ["a","b"] and ["b","a"] differ.
 */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): { before: Record<string, Json>; after: Record<string, Json> } {
  const changed = { before: {} as Record<string, Json>, after: {} as Record<string, Json> };
  for (const key of Object.keys(after)) {
    const from = toJson(before[key]);
    const to = toJson(after[key]);
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changed.before[key] = from;
    changed.after[key] = to;
  }
  return changed;
}

function toJson(value: unknown): Json {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  return value as Prisma.InputJsonValue;
}

export function hasChanges(change: { after: Record<string, unknown> }): boolean {
  return Object.keys(change.after).length > 0;
}

/** The audit record of a settings change, in the change's transaction. */
export async function auditSetting(
  tx: Tx,
  context: SettingsContext,
  entry: { action: string; targetType: string; targetId: string; before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue; reason?: string | null },
): Promise<void> {
  await recordAudit(tx, {
    organizationId: context.organization.id,
    actor: context.actor,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: entry.before,
    after: entry.after,
    reason: entry.reason ?? null,
  });
}
