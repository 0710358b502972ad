// What the members page shows: the organization's members (with the queues they work and how many open
// requests each has), and the invitations still pending. Small objects, never whole rows.
import "server-only";
import { getDb } from "@/lib/db/client";
import type { Queue, Role } from "@/lib/db/generated/enums";
import { OPEN_STATUSES } from "@/lib/requests/workflow";
import { QUEUES, ROLES } from "./schemas";

export type MemberRow = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  queues: Queue[];
  joinedAt: Date;
  openAssigned: number;
};

export type PendingInvitation = { id: string; email: string; role: Role; invitedBy: string | null; createdAt: Date; expiresAt: Date };

export async function listMembers(organizationId: string, now: Date): Promise<{ members: MemberRow[]; invitations: PendingInvitation[] }> {
  const db = await getDb();
  const [memberships, assigned, invitations] = await Promise.all([
    db.membership.findMany({
      where: { organizationId },
      select: { id: true, role: true, queues: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db.privacyRequest.groupBy({
      by: ["assigneeId"],
      where: { organizationId, status: { in: [...OPEN_STATUSES] }, assigneeId: { not: null } },
      _count: { _all: true },
    }),
    db.invitation.findMany({
      where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true, email: true, role: true, invitedById: true, createdAt: true, expiresAt: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  const openBy = new Map(assigned.map((a) => [a.assigneeId, a._count._all]));
  const members = memberships
    .map((m) => ({
      membershipId: m.id,
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      queues: QUEUES.filter((q) => m.queues.includes(q)),
      joinedAt: m.createdAt,
      openAssigned: openBy.get(m.user.id) ?? 0,
    }))
    // Owners first, then by name.
    .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.name.localeCompare(b.name) || a.email.localeCompare(b.email));

  const inviterIds = [...new Set(invitations.flatMap((i) => (i.invitedById ? [i.invitedById] : [])))];
  const inviters = inviterIds.length
    ? await db.user.findMany({ where: { id: { in: inviterIds } }, select: { id: true, name: true, email: true } })
    : [];
  const inviterName = new Map(inviters.map((u) => [u.id, u.name || u.email]));
  return {
    members,
    invitations: invitations.map(({ invitedById, ...i }) => ({ ...i, invitedBy: invitedById ? (inviterName.get(invitedById) ?? null) : null })),
  };
}
