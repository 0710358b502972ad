// Who on staff hears about a request: its assignee, or, while nobody has it, every privacy officer who
// works its queue (the owners and admins when no officer does, so someone always hears). Escalations
// (overdue requests) also reach the organization's owners and admins.
import type { Tx } from "@/lib/db/client";
import type { PrivacyRequest } from "@/lib/db/generated/client";
import type { Queue, Role } from "@/lib/db/generated/enums";
import { WORK_ROLES } from "./work-roles";

export type StaffRecipient = { userId: string; email: string; name: string };

export type OrgMember = { role: Role; queues: Queue[]; user: { id: string; email: string; name: string } };

export async function loadOrgMembers(tx: Tx, organizationId: string): Promise<OrgMember[]> {
  return (await loadMembersOfOrganizations(tx, [organizationId])).get(organizationId)!;
}

/** The members of each of `organizationIds`, in one read (callers that handle many organizations' requests). */
export async function loadMembersOfOrganizations(tx: Tx, organizationIds: readonly string[]): Promise<Map<string, OrgMember[]>> {
  const memberships = await tx.membership.findMany({
    where: { organizationId: { in: [...new Set(organizationIds)] } },
    select: { organizationId: true, role: true, queues: true, user: { select: { id: true, email: true, name: true } } },
  });
  const byOrganization = new Map<string, OrgMember[]>(organizationIds.map((id) => [id, []]));
  for (const { organizationId, ...member } of memberships) byOrganization.get(organizationId)!.push(member);
  return byOrganization;
}

export async function staffRecipients(
  tx: Tx,
  request: Pick<PrivacyRequest, "organizationId" | "queue" | "assigneeId">,
  options: { escalate?: boolean } = {},
): Promise<StaffRecipient[]> {
  return pickRecipients(await loadOrgMembers(tx, request.organizationId), request, options);
}

/** The recipients among an organization's members (loaded once by callers that handle many requests). */
export function pickRecipients(
  members: OrgMember[],
  request: Pick<PrivacyRequest, "queue" | "assigneeId">,
  options: { escalate?: boolean } = {},
): StaffRecipient[] {
  const workers = members.filter((m) => WORK_ROLES.includes(m.role));
  // An assignee who left the organization (or can no longer work) no longer counts as one.
  const assignee = workers.find((m) => m.user.id === request.assigneeId);
  const officers = workers.filter((m) => m.role === "OFFICER" && m.queues.includes(request.queue));
  const chosen = assignee ? [assignee] : officers.length > 0 ? officers : workers;
  if (options.escalate) chosen.push(...members.filter((m) => m.role === "OWNER" || m.role === "ADMIN"));
  const byId = new Map(chosen.map((m) => [m.user.id, { userId: m.user.id, email: m.user.email, name: m.user.name }]));
  return [...byId.values()];
}
