// Accepting an invitation: by the signed-in user whose address it was sent to, or by an invitee without
// an account, who creates one with it. Either way the invitation is used once — claimed by a guarded
// update, so of two accepts at once exactly one creates a membership — and the new member's joining is
// audited in the same transaction.
import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { getDb, type Tx } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { hashPassword } from "@/lib/auth/verify-password";
import { findInvitation } from "./inspect-invitation";
import { invitationState } from "./invitation-state";
import { lockMembers } from "./run-member-change";
import { fieldErrorsOf, newAccountSchema, type NewAccountInput } from "./schemas";

export type AcceptFailureReason =
  | "invalid"
  | "used"
  | "revoked"
  | "expired"
  /** Signed in with another address than the invited one. */
  | "wrong_account"
  | "already_member"
  /** Creating an account for an address that has one: sign in instead. */
  | "account_exists"
  /** The new account's name or password need fixing: see fieldErrors. */
  | "invalid_input";

export type AcceptResult =
  | { ok: true; organization: { slug: string; name: string }; role: Role; email: string }
  | { ok: false; reason: AcceptFailureReason; fieldErrors?: Partial<Record<string, string[]>> };

class AcceptRefusal extends Error {
  constructor(readonly reason: AcceptFailureReason) {
    super(reason);
  }
}

type Invitation = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;

/**
 * Finds the invitation, takes the organization's member lock, and claims the invitation; `join` then adds
 * the member. A refusal anywhere rolls everything back, the claim included.
 */
async function claimAndJoin(
  { token, ip, now }: { token: string; ip: string; now: Date },
  join: (tx: Tx, invitation: Invitation) => Promise<{ userId: string; email: string; accountCreated: boolean }>,
): Promise<AcceptResult> {
  const db = await getDb();
  try {
    return await db.$transaction(
      async (tx) => {
        const invitation = await findInvitation(tx, token);
        if (!invitation) throw new AcceptRefusal("invalid");
        const state = invitationState(invitation, now);
        if (state !== "valid") throw new AcceptRefusal(state);
        // Membership changes of one organization happen one at a time (see run-member-change.ts).
        await lockMembers(tx, invitation.organizationId);
        // Single use: of two accepts at once, the second waits on this row and then matches nothing.
        const claimed = await tx.invitation.updateMany({
          where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
          data: { acceptedAt: now },
        });
        if (claimed.count !== 1) {
          const current = invitationState(await tx.invitation.findUniqueOrThrow({ where: { id: invitation.id } }), now);
          throw new AcceptRefusal(current === "valid" ? "used" : current);
        }
        const joined = await join(tx, invitation);
        await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedById: joined.userId } });
        const actor: AuditActor = { userId: joined.userId, email: joined.email, ip };
        await recordAudit(tx, {
          organizationId: invitation.organizationId,
          actor,
          action: "member.accept",
          targetType: "Invitation",
          targetId: invitation.id,
          before: { email: invitation.email, role: invitation.role, status: "pending" },
          after: { email: invitation.email, role: invitation.role, status: "accepted", accountCreated: joined.accountCreated },
        });
        return {
          ok: true as const,
          organization: { slug: invitation.organization.slug, name: invitation.organization.name },
          role: invitation.role,
          email: invitation.email,
        };
      },
      { timeout: 15_000, maxWait: 15_000 },
    );
  } catch (error) {
    if (error instanceof AcceptRefusal) return { ok: false, reason: error.reason };
    throw error;
  }
}

/** The signed-in user joins the organization with the invited role. */
export async function acceptInvitation({
  token,
  user,
  ip,
  now,
}: {
  token: string;
  user: { id: string; email: string };
  ip: string;
  now: Date;
}): Promise<AcceptResult> {
  return claimAndJoin({ token, ip, now }, async (tx, invitation) => {
    if (invitation.email.toLowerCase() !== user.email.toLowerCase()) throw new AcceptRefusal("wrong_account");
    const existing = await tx.membership.findFirst({ where: { organizationId: invitation.organizationId, userId: user.id }, select: { id: true } });
    if (existing) throw new AcceptRefusal("already_member");
    await tx.membership.create({ data: { organizationId: invitation.organizationId, userId: user.id, role: invitation.role, createdAt: now } });
    return { userId: user.id, email: user.email, accountCreated: false };
  });
}

/** An invitee without an account creates one (name and password) and joins; they sign in afterwards. */
export async function acceptInvitationWithNewAccount({
  token,
  input,
  ip,
  now,
}: {
  token: string;
  input: NewAccountInput;
  ip: string;
  now: Date;
}): Promise<AcceptResult> {
  const parsed = newAccountSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid_input", fieldErrors: fieldErrorsOf(parsed.error) };
  // Hashing is slow on purpose: only for a link that works, and outside the transaction.
  const db = await getDb();
  const invitation = await findInvitation(db, token);
  if (!invitation) return { ok: false, reason: "invalid" };
  const state = invitationState(invitation, now);
  if (state !== "valid") return { ok: false, reason: state };
  const passwordHash = await hashPassword(parsed.data.password);

  return claimAndJoin({ token, ip, now }, async (tx, claimed) => {
    const account = await tx.user.findFirst({ where: { email: { equals: claimed.email, mode: "insensitive" } }, select: { id: true } });
    if (account) throw new AcceptRefusal("account_exists");
    const user = await tx.user.create({
      data: {
        email: claimed.email,
        name: parsed.data.name,
        passwordHash,
        memberships: { create: { organizationId: claimed.organizationId, role: claimed.role, createdAt: now } },
      },
      select: { id: true, email: true },
    });
    return { userId: user.id, email: user.email, accountCreated: true };
  });
}
