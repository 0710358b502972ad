// The people a queue can be filtered by assignee: the organization's members, by name.
import "server-only";
import { getDb } from "@/lib/db/client";

export type QueueAssignee = { id: string; name: string; email: string };

export async function listQueueAssignees(organizationId: string): Promise<QueueAssignee[]> {
  const db = await getDb();
  const memberships = await db.membership.findMany({
    where: { organizationId },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return memberships.map((m) => m.user);
}
