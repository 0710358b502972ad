// The rows of a queue page whose subject the viewing member revealed a moment ago (see reveal-subject.ts).
import "server-only";
import { getDb } from "@/lib/db/client";
import { REVEAL_MINUTES, SUBJECT_REVEALED } from "./reveal-subject";

/** Which of `requestIds` this user revealed in this organization within the last REVEAL_MINUTES. */
export async function findRevealedRequestIds(args: {
  organizationId: string;
  userId: string;
  requestIds: readonly string[];
  now: Date;
}): Promise<Set<string>> {
  if (args.requestIds.length === 0) return new Set();
  const db = await getDb();
  const records = await db.auditEvent.findMany({
    where: {
      organizationId: args.organizationId,
      actorUserId: args.userId,
      action: SUBJECT_REVEALED,
      targetType: "request",
      targetId: { in: [...args.requestIds] },
      createdAt: { gt: new Date(args.now.getTime() - REVEAL_MINUTES * 60_000) },
    },
    select: { targetId: true },
  });
  return new Set(records.map((r) => r.targetId!).filter(Boolean));
}
