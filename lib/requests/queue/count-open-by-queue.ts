// How many open requests wait in each queue of an organization: the numbers on the queue tabs.
import "server-only";
import { getDb } from "@/lib/db/client";
import type { Queue } from "@/lib/db/generated/enums";
import { OPEN_STATUSES } from "@/lib/requests/workflow";

export type OpenCounts = Record<Queue, number>;

export async function countOpenByQueue(organizationId: string): Promise<OpenCounts> {
  const db = await getDb();
  const groups = await db.privacyRequest.groupBy({
    by: ["queue"],
    where: { organizationId, status: { in: [...OPEN_STATUSES] } },
    _count: { _all: true },
  });
  const counts: OpenCounts = { CONTROLLER: 0, PROCESSOR: 0 };
  for (const group of groups) counts[group.queue] = group._count._all;
  return counts;
}
