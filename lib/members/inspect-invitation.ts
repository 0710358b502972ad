// What the page behind an invitation link shows: whether the link still works (and why not), and for a
// working one, the organization, the role, the invited address and whether it already has an account.
// Reading it changes nothing, so mail scanners that open links do not use them up.
import "server-only";
import { getDb, type PrismaClient, type Tx } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { hashLinkToken, looksLikeLinkToken } from "@/lib/requests/tokens";
import { invitationState } from "./invitation-state";

export type InvitationView = {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  organization: { id: string; slug: string; name: string; timeZone: string };
};

export type InspectedInvitation =
  | { state: "invalid" }
  | { state: "used" | "revoked" | "expired"; organizationName: string }
  | { state: "valid"; invitation: InvitationView; hasAccount: boolean };

/** The invitation a token opens, whatever its state; null for a token we never issued. */
export async function findInvitation(db: PrismaClient | Tx, token: string) {
  if (!looksLikeLinkToken(token)) return null;
  return db.invitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    include: { organization: { select: { id: true, slug: true, name: true, timeZone: true } } },
  });
}

export async function inspectInvitation({ token, now }: { token: string; now: Date }): Promise<InspectedInvitation> {
  const db = await getDb();
  const invitation = await findInvitation(db, token);
  if (!invitation) return { state: "invalid" };
  const state = invitationState(invitation, now);
  if (state !== "valid") return { state, organizationName: invitation.organization.name };
  const account = await db.user.findFirst({ where: { email: { equals: invitation.email, mode: "insensitive" } }, select: { id: true } });
  const { id, email, role, expiresAt, organization } = invitation;
  return { state: "valid", invitation: { id, email, role, expiresAt, organization }, hasAccount: Boolean(account) };
}
