// Forgets sessions that have expired (their cookies are refused already by their sign-in time). Run by the
// background worker, which runs outside React's server environment, hence no "server-only" here.
import { getDb } from "@/lib/db/client";

export async function pruneEndedSessions(now: Date): Promise<void> {
  const db = await getDb();
  await db.userSession.deleteMany({ where: { expiresAt: { lt: now } } });
}
