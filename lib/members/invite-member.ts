// Invites someone by email to join the organization with a role: an Invitation (only the SHA-256 of its
// 256-bit token is stored; single use; valid for 7 days) and the email with its link, through the outbox,
// in one transaction. Members are not invited again, only owners invite owners, a new invitation to an
// address revokes the one still pending, and each organization may send only so many in a window.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { PermissionError } from "@/lib/auth/require-membership";
import { can, roleLabel } from "@/lib/auth/roles";
import type { Role } from "@/lib/db/generated/enums";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { invitationEmail } from "@/lib/email/templates/member-emails";
import { getEnv } from "@/lib/env";
import { formatDateTime } from "@/lib/format/format-date";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { invalid, type ActionResult } from "@/lib/requests/action-result";
import { createLinkToken } from "@/lib/requests/tokens";
import { refuse, runMemberChange, type AdminContext } from "./run-member-change";
import { fieldErrorsOf, inviteSchema, type InviteInput } from "./schemas";

export const INVITATION_TTL_DAYS = 7;

export const OWNER_INVITES_OWNER = "Only an owner can invite someone as an owner.";

export function invitationLink(token: string): string {
  return `${getEnv().APP_URL}/invitations/${token}`;
}

export async function inviteMember({
  context,
  input,
  now,
}: {
  context: AdminContext;
  input: InviteInput;
  now: Date;
}): Promise<ActionResult<{ email: string; role: Role }>> {
  if (!can(context.role, "admin")) return { ok: false, code: "forbidden", error: new PermissionError(context.role, "admin").message };
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { email, role } = parsed.data;
  if (role === "OWNER" && context.role !== "OWNER") return invalid({ role: [OWNER_INVITES_OWNER] });

  // Each invitation is an email to an address of the admin's choosing: a stolen admin session must not
  // turn the organization into a mail cannon.
  const env = getEnv();
  const limit = await hitRateLimit({
    key: `invitation:${context.organization.id}`,
    max: env.INVITATION_RATE_LIMIT_MAX,
    windowSeconds: env.INVITATION_RATE_LIMIT_WINDOW_SECONDS,
    now,
  });
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return {
      ok: false,
      code: "not_allowed",
      error: `Your organization has sent ${env.INVITATION_RATE_LIMIT_MAX} invitations in a short time, the most allowed. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    };
  }

  const organizationId = context.organization.id;
  return runMemberChange(context, async ({ tx, actorRole }) => {
    if (role === "OWNER" && actorRole !== "OWNER") refuse("invalid", OWNER_INVITES_OWNER, { role: [OWNER_INVITES_OWNER] });
    const member = await tx.membership.findFirst({
      where: { organizationId, user: { email: { equals: email, mode: "insensitive" } } },
      select: { role: true },
    });
    if (member) {
      const message = `${email} is already a member of ${context.organization.name} (${roleLabel[member.role]}). To give them another role, change it in the list of members.`;
      refuse("invalid", message, { email: [message] });
    }

    // One pending invitation per address: the newest. The earlier link stops working.
    const pending = await tx.invitation.findMany({
      where: { organizationId, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true, role: true, expiresAt: true },
    });
    for (const previous of pending) {
      await tx.invitation.update({ where: { id: previous.id, organizationId }, data: { revokedAt: now } });
      await recordAudit(tx, {
        organizationId,
        actor: context.actor,
        action: "member.invitation_revoke",
        targetType: "Invitation",
        targetId: previous.id,
        before: { email, role: previous.role, status: "pending", expiresAt: previous.expiresAt.toISOString() },
        after: { email, role: previous.role, status: "revoked" },
        reason: "Replaced by a new invitation to the same address.",
      });
    }

    const { token, tokenHash } = createLinkToken();
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000);
    const invitation = await tx.invitation.create({
      data: { organizationId, email, role, tokenHash, invitedById: context.user.id, expiresAt, createdAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      organizationId,
      actor: context.actor,
      action: "member.invite",
      targetType: "Invitation",
      targetId: invitation.id,
      after: { email, role, status: "pending", expiresAt: expiresAt.toISOString() },
    });
    await enqueueEmail(tx, {
      organizationId,
      to: email,
      ...invitationEmail({
        organizationName: context.organization.name,
        inviterName: context.user.name || context.user.email,
        roleLabel: roleLabel[role],
        link: invitationLink(token),
        expiresOn: formatDateTime(expiresAt, context.organization.timeZone),
      }),
    });
    return { email, role };
  });
}
