// "Sign out everywhere": every session of the user, including the current one, stops being accepted
// (sessions carry the sessionVersion they were issued with; see session-token.ts).
import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";

export async function signOutEverywhere({ userId, actor }: { userId: string; actor: AuditActor }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
    await recordAudit(tx, {
      organizationId: null,
      actor,
      action: "auth.signed_out_everywhere",
      targetType: "User",
      targetId: userId,
      before: { sessionVersion: user.sessionVersion - 1 },
      after: { sessionVersion: user.sessionVersion },
    });
  });
}
