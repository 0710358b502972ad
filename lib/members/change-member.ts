// Changes a member's role and the queues they work (whose unassigned requests remind them, see
// docs/decisions/0006-reminders.md). Only owners make or change owners, and the last owner keeps the
// role: decided with the organization's memberships locked, so two owners demoting themselves at once
// cannot leave it with none. Audited with before → after.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Queue, Role } from "@/lib/db/generated/enums";
import { invalid, type ActionResult } from "@/lib/requests/action-result";
import { isUuid, MEMBER_NOT_FOUND, ownerCount, refuse, runMemberChange, type AdminContext } from "./run-member-change";
import { changeMemberSchema, fieldErrorsOf, QUEUES, type ChangeMemberInput } from "./schemas";

export const LAST_OWNER_DEMOTE = "An organization needs at least one owner. Make someone else an owner first.";
export const OWNERS_BY_OWNERS = "Only an owner can change an owner's role, or make someone an owner.";

/** Queues in one order, so "before" and "after" compare as people read them. */
function ordered(queues: readonly Queue[]): Queue[] {
  return QUEUES.filter((q) => queues.includes(q));
}

export async function changeMember({
  context,
  membershipId,
  input,
}: {
  context: AdminContext;
  membershipId: string;
  input: ChangeMemberInput;
}): Promise<ActionResult<{ email: string; role: Role; changed: boolean }>> {
  const parsed = changeMemberSchema.safeParse(input);
  const organizationId = context.organization.id;
  return runMemberChange(context, async ({ tx, members, actorRole }) => {
    if (!isUuid(membershipId)) refuse("not_found", MEMBER_NOT_FOUND);
    const locked = members.find((m) => m.id === membershipId);
    if (!locked) refuse("not_found", MEMBER_NOT_FOUND);
    if (!parsed.success) {
      const failure = invalid(fieldErrorsOf(parsed.error));
      refuse(failure.code, failure.error, failure.fieldErrors);
    }
    const role: Role = parsed.data.role;
    const queues = ordered(parsed.data.queues);
    const member = await tx.membership.findUniqueOrThrow({
      where: { id: locked.id, organizationId },
      select: { role: true, queues: true, user: { select: { email: true } } },
    });
    const isRoleChange = role !== member.role;
    if (isRoleChange && (member.role === "OWNER" || role === "OWNER") && actorRole !== "OWNER") {
      refuse("forbidden", OWNERS_BY_OWNERS, { role: [OWNERS_BY_OWNERS] });
    }
    if (isRoleChange && member.role === "OWNER" && ownerCount(members) <= 1) {
      refuse("not_allowed", LAST_OWNER_DEMOTE, { role: [LAST_OWNER_DEMOTE] });
    }
    const before = { email: member.user.email, role: member.role, queues: ordered(member.queues) };
    const after = { email: member.user.email, role, queues };
    if (!isRoleChange && before.queues.join() === queues.join()) return { email: member.user.email, role, changed: false };

    await tx.membership.update({ where: { id: locked.id, organizationId }, data: { role, queues } });
    await recordAudit(tx, {
      organizationId,
      actor: context.actor,
      action: "member.change",
      targetType: "Membership",
      targetId: locked.id,
      before,
      after,
    });
    return { email: member.user.email, role, changed: true };
  });
}
