// The one gate for staff code: the signed-in user, the organization named in the URL and the user's
// role in it — or sign-in, or 404. A non-member gets the same 404 as an unknown organization, so
// organizations and ids cannot be probed.
import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { AuditActor } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { clientIpFrom } from "@/lib/http/client-ip";
import { isPortalSlug } from "@/lib/organizations/get-portal-organization";
import { getSessionUser, type SessionUser } from "./get-session-user";
import { needsTwoFactorSetup } from "./needs-two-factor-setup";
import { can, roleLabel, type Permission } from "./roles";

export type MembershipContext = {
  user: SessionUser;
  organization: { id: string; slug: string; name: string; timeZone: string };
  role: Role;
  /** For audit records: the user and the client's address. */
  actor: AuditActor;
};

export class PermissionError extends Error {
  constructor(role: Role, permission: Permission) {
    super(`Your role (${roleLabel[role]}) does not allow this. Ask an admin of the organization if you need it.`);
    this.name = "PermissionError";
  }
}

/** The signed-in user, or a redirect to sign-in (and to two-factor setup where the user's roles demand it). */
export const requireUser = cache(async (): Promise<SessionUser> => {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  if (await needsTwoFactorSetup(user)) redirect("/account/security?required=1");
  return user;
});

const loadMembership = cache(async (orgSlug: string): Promise<MembershipContext> => {
  const user = await requireUser();
  if (!isPortalSlug(orgSlug)) notFound();
  const db = await getDb();
  const membership = await db.membership.findFirst({
    where: { userId: user.id, organization: { slug: orgSlug } },
    select: { role: true, organization: { select: { id: true, slug: true, name: true, timeZone: true } } },
  });
  if (!membership) notFound();
  const ip = clientIpFrom(await headers());
  return { user, organization: membership.organization, role: membership.role, actor: { userId: user.id, email: user.email, ip } };
});

/**
 * Membership of the organization `orgSlug` with `permission` ("read" by default). Pages get 404 for
 * non-members; a member whose role lacks the permission gets a PermissionError, which actions turn
 * into a clear message.
 */
export async function requireMembership(orgSlug: string, permission: Permission = "read"): Promise<MembershipContext> {
  const context = await loadMembership(orgSlug);
  if (!can(context.role, permission)) throw new PermissionError(context.role, permission);
  return context;
}

/** requireMembership for server actions: a role without the permission becomes a message for the form. */
export async function requireMembershipForAction(
  orgSlug: string,
  permission: Permission,
): Promise<{ ok: true; context: MembershipContext } | { ok: false; error: string }> {
  try {
    return { ok: true, context: await requireMembership(orgSlug, permission) };
  } catch (error) {
    if (error instanceof PermissionError) return { ok: false, error: error.message };
    throw error;
  }
}
