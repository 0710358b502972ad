// Removes a member from the organization. Only owners remove owners, and the last owner stays: decided
// with the organization's memberships locked, so two owners leaving at once cannot leave it with none.
// The member's open requests there become unassigned (each in its history and the audit log), so the
// reminders go to the queue's officers again. Audited with before → after.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { ActionResult } from "@/lib/requests/action-result";
import { EVENT } from "@/lib/requests/events";
import { appendRequestEvent, auditRequest } from "@/lib/requests/run-staff-action";
import { OPEN_STATUSES } from "@/lib/requests/workflow";
import { OWNERS_BY_OWNERS } from "./change-member";
import { isUuid, MEMBER_NOT_FOUND, ownerCount, refuse, runMemberChange, type AdminContext } from "./run-member-change";

export const LAST_OWNER_REMOVE = "An organization needs at least one owner: the last one cannot be removed. Make someone else an owner first.";

export async function removeMember({
  context,
  membershipId,
  now,
}: {
  context: AdminContext;
  membershipId: string;
  now: Date;
}): Promise<ActionResult<{ email: string; unassigned: number; isSelf: boolean }>> {
  const organizationId = context.organization.id;
  return runMemberChange(context, async ({ tx, members, actorRole }) => {
    if (!isUuid(membershipId)) refuse("not_found", MEMBER_NOT_FOUND);
    const locked = members.find((m) => m.id === membershipId);
    if (!locked) refuse("not_found", MEMBER_NOT_FOUND);
    if (locked.role === "OWNER" && actorRole !== "OWNER") refuse("forbidden", OWNERS_BY_OWNERS);
    if (locked.role === "OWNER" && ownerCount(members) <= 1) refuse("not_allowed", LAST_OWNER_REMOVE);

    const member = await tx.membership.findUniqueOrThrow({
      where: { id: locked.id, organizationId },
      select: { role: true, queues: true, user: { select: { id: true, email: true, name: true } } },
    });
    const open = await tx.privacyRequest.findMany({
      where: { organizationId, assigneeId: member.user.id, status: { in: [...OPEN_STATUSES] } },
      select: { id: true, organizationId: true, status: true },
      orderBy: { receivedAt: "asc" },
    });
    const actorName = context.user.name || context.user.email;
    const memberName = member.user.name || member.user.email;
    for (const request of open) {
      await tx.privacyRequest.update({ where: { id: request.id, organizationId }, data: { assigneeId: null } });
      await appendRequestEvent(tx, request, {
        kind: EVENT.ASSIGNED,
        actor: "STAFF",
        actorUserId: context.user.id,
        visibleToSubject: false,
        message: `Unassigned: ${memberName} was removed from the organization by ${actorName}.`,
        data: { assigneeId: null },
        at: now,
      });
      await auditRequest(tx, context.actor, request, {
        action: "request.unassign",
        before: { assignee: member.user.email, status: request.status },
        after: { assignee: null, status: request.status },
        reason: "The assignee was removed from the organization.",
      });
    }

    await tx.membership.delete({ where: { id: locked.id, organizationId } });
    await recordAudit(tx, {
      organizationId,
      actor: context.actor,
      action: "member.remove",
      targetType: "Membership",
      targetId: locked.id,
      before: { email: member.user.email, role: member.role, queues: member.queues },
      after: { email: member.user.email, removed: true, unassignedRequests: open.length },
    });
    return { email: member.user.email, unassigned: open.length, isSelf: member.user.id === context.user.id };
  });
}
