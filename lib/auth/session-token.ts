// When a session ends, whatever its cookie says: SESSION_MAX_AGE_HOURS after signing in (however
// active the user was), or as soon as the user signed out everywhere (sessionVersion moved on).
import "server-only";
import { getDb } from "@/lib/db/client";

export type SessionClaims = { sub?: string; sv?: unknown; signedInAt?: unknown };

/** The error name of an ended session (a string: class names do not survive minification). */
export const SESSION_ENDED = "SessionEndedError";

export class SessionEndedError extends Error {
  constructor(reason: string) {
    super(`Session ended: ${reason}`);
    this.name = SESSION_ENDED;
  }
}

/** Throws SessionEndedError unless the session of these claims is still current at `now`. */
export async function assertSessionCurrent(claims: SessionClaims, { now, maxAgeSeconds }: { now: Date; maxAgeSeconds: number }): Promise<void> {
  if (!claims.sub || typeof claims.signedInAt !== "number") throw new SessionEndedError("incomplete token");
  if (now.getTime() / 1000 - claims.signedInAt > maxAgeSeconds) throw new SessionEndedError("expired");
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: claims.sub }, select: { sessionVersion: true } });
  if (!user || user.sessionVersion !== claims.sv) throw new SessionEndedError("signed out everywhere");
}
