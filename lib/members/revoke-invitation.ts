// Revokes a pending invitation: its link stops working at once. Audited.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { ActionResult } from "@/lib/requests/action-result";
import { invitationState } from "./invitation-state";
import { INVITATION_NOT_FOUND, isUuid, refuse, runMemberChange, type AdminContext } from "./run-member-change";

const GONE = {
  used: "This invitation has already been accepted.",
  revoked: "This invitation was already revoked.",
  expired: "This invitation has already expired.",
} as const;

export async function revokeInvitation({
  context,
  invitationId,
  now,
}: {
  context: AdminContext;
  invitationId: string;
  now: Date;
}): Promise<ActionResult<{ email: string }>> {
  const organizationId = context.organization.id;
  return runMemberChange(context, async ({ tx, actorRole }) => {
    if (!isUuid(invitationId)) refuse("not_found", INVITATION_NOT_FOUND);
    const invitation = await tx.invitation.findFirst({ where: { id: invitationId, organizationId } });
    if (!invitation) refuse("not_found", INVITATION_NOT_FOUND);
    const state = invitationState(invitation, now);
    if (state !== "valid") refuse("not_allowed", GONE[state]);
    if (invitation.role === "OWNER" && actorRole !== "OWNER") refuse("forbidden", "Only an owner can revoke an invitation to become an owner.");
    // Guarded by its state, so a revocation racing an acceptance cannot undo it.
    const revoked = await tx.invitation.updateMany({
      where: { id: invitation.id, organizationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (revoked.count !== 1) refuse("not_allowed", GONE.used);
    await recordAudit(tx, {
      organizationId,
      actor: context.actor,
      action: "member.invitation_revoke",
      targetType: "Invitation",
      targetId: invitation.id,
      before: { email: invitation.email, role: invitation.role, status: "pending", expiresAt: invitation.expiresAt.toISOString() },
      after: { email: invitation.email, role: invitation.role, status: "revoked" },
    });
    return { email: invitation.email };
  });
}
