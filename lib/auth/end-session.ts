// Signing out of one browser: its session row is deleted, so the cookie it carried (and any copy of it)
// stops being accepted, while the user's other sessions go on. Runs on next-auth's signOut event.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import { sessionIdOf, type SessionClaims } from "./session-token";

export async function endSession({ claims, ip }: { claims: SessionClaims | null; ip: string }): Promise<void> {
  const sessionId = claims ? sessionIdOf(claims) : null;
  if (!claims?.sub || !sessionId) return;
  const userId = claims.sub;
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const ended = await tx.userSession.deleteMany({ where: { id: sessionId, userId } });
    if (ended.count === 0) return;
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    await recordAudit(tx, {
      organizationId: null,
      actor: { userId, email: user?.email ?? null, ip },
      action: "auth.signed_out",
      targetType: "User",
      targetId: userId,
    });
  });
}
