// The frame of every change to an organization's members and invitations: the actor may administer the
// organization, and the change runs in one transaction with the organization's memberships locked
// (FOR UPDATE, in id order so two changes never deadlock). What it decides on — who is an owner, whether
// the actor is still an admin — is read after the lock, so two admins acting at once are taken one after
// the other: they cannot both remove or demote one of the last two owners. Failures come back as values.
import "server-only";
import type { MembershipContext } from "@/lib/auth/require-membership";
import { PermissionError } from "@/lib/auth/require-membership";
import { can } from "@/lib/auth/roles";
import { getDb, type Tx } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import type { ActionFailure, ActionFailureCode, ActionResult, FieldErrors } from "@/lib/requests/action-result";
import { kickOutbox } from "@/lib/worker/background-worker";

/** Who acts: what requireMembership(orgSlug, "admin") returned. */
export type AdminContext = Pick<MembershipContext, "user" | "organization" | "role" | "actor">;

export type LockedMember = { id: string; userId: string; role: Role };

export const MEMBER_NOT_FOUND = "We can't find this member in your organization.";
export const INVITATION_NOT_FOUND = "We can't find this invitation in your organization.";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

class Refusal extends Error {
  constructor(readonly failure: ActionFailure) {
    super(failure.error);
  }
}

/** Stops the change, rolls its transaction back, and answers with this failure. */
export function refuse(code: ActionFailureCode, error: string, fieldErrors?: FieldErrors): never {
  throw new Refusal({ ok: false, code, error, ...(fieldErrors ? { fieldErrors } : {}) });
}

/** The organization's memberships, locked until the transaction ends. */
export async function lockMembers(tx: Tx, organizationId: string): Promise<LockedMember[]> {
  return tx.$queryRaw<LockedMember[]>`
    SELECT id, "userId", role::text AS role FROM "Membership"
    WHERE "organizationId" = ${organizationId}::uuid
    ORDER BY id
    FOR UPDATE`;
}

export function ownerCount(members: readonly LockedMember[]): number {
  return members.filter((m) => m.role === "OWNER").length;
}

export type MemberChange = {
  tx: Tx;
  /** Every membership of the organization, locked. */
  members: LockedMember[];
  /** The actor's own membership as it is now (their role may have changed since the page was loaded). */
  actorRole: Role;
};

/** Runs `run` with the organization's memberships locked, inside one transaction. */
export async function runMemberChange<T extends object>(context: AdminContext, run: (change: MemberChange) => Promise<T>): Promise<ActionResult<T>> {
  if (!can(context.role, "admin")) {
    return { ok: false, code: "forbidden", error: new PermissionError(context.role, "admin").message };
  }
  const db = await getDb();
  try {
    const result = await db.$transaction(
      async (tx) => {
        const members = await lockMembers(tx, context.organization.id);
        const actor = members.find((m) => m.userId === context.user.id);
        // Removed or demoted by someone else a moment ago.
        if (!actor) refuse("not_found", "You are no longer a member of this organization.");
        if (!can(actor.role, "admin")) refuse("forbidden", new PermissionError(actor.role, "admin").message);
        return run({ tx, members, actorRole: actor.role });
      },
      { timeout: 15_000, maxWait: 15_000 },
    );
    kickOutbox();
    return { ok: true, ...result };
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    throw error;
  }
}
