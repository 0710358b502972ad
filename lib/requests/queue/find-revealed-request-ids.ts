// The requests whose subject the reading member revealed today (see reveal-subject.ts): the queue's rows,
// the request page and the audit log show those unmasked to that member, and only those.
import "server-only";
import { REQUEST_TARGET_TYPE } from "@/lib/audit/record-audit";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { revealDayStart, SUBJECT_REVEALED } from "./reveal-subject";

/** Who reads: a member (an API key, nobody's account, reveals per call instead) and their role now. */
export type SubjectReader = { userId: string | null; role: Role };

/** Which of `requestIds` this reader revealed in this organization since the organization's day began. */
export async function findRevealedRequestIds(args: {
  organization: { id: string; timeZone: string };
  reader: SubjectReader;
  requestIds: readonly string[];
  now: Date;
}): Promise<Set<string>> {
  const { reader } = args;
  // A member whose role lost the permission since sees nothing revealed, even what they revealed this morning.
  if (args.requestIds.length === 0 || !reader.userId || !can(reader.role, "reveal")) return new Set();
  const db = await getDb();
  const records = await db.auditEvent.findMany({
    where: {
      organizationId: args.organization.id,
      actorUserId: reader.userId,
      action: SUBJECT_REVEALED,
      targetType: REQUEST_TARGET_TYPE,
      targetId: { in: [...new Set(args.requestIds)] },
      createdAt: { gte: revealDayStart(args.now, args.organization.timeZone), lte: args.now },
    },
    select: { targetId: true },
  });
  return new Set(records.map((r) => r.targetId!).filter(Boolean));
}
