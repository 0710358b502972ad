// Whether an invitation's link still works, and if not, why: the one rule the page, the revocation and
// the acceptance all apply.
export type InvitationState = "valid" | "used" | "revoked" | "expired";

export function invitationState(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationState {
  if (invitation.acceptedAt) return "used";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt <= now) return "expired";
  return "valid";
}
