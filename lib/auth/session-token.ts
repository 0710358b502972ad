// When a session ends, whatever its cookie says: SESSION_MAX_AGE_HOURS after signing in (however active
// the user was), when the user signs out of it (its UserSession row is gone, see end-session.ts), or as
// soon as the user signed out everywhere (sessionVersion moved on).
import "server-only";
import { getDb } from "@/lib/db/client";

export type SessionClaims = { sub?: string; sid?: unknown; sv?: unknown; signedInAt?: unknown };

/** The error name of an ended session (a string: class names do not survive minification). */
export const SESSION_ENDED = "SessionEndedError";

const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class SessionEndedError extends Error {
  constructor(reason: string) {
    super(`Session ended: ${reason}`);
    this.name = SESSION_ENDED;
  }
}

/** The id of this session's row, or null when the claims carry none (tokens issued before sessions had rows). */
export function sessionIdOf(claims: SessionClaims): string | null {
  return typeof claims.sid === "string" && SESSION_ID.test(claims.sid) ? claims.sid : null;
}

/** Records a new session of `userId` on the server and returns the id its token carries. */
export async function startSession({ userId, now, maxAgeSeconds }: { userId: string; now: Date; maxAgeSeconds: number }): Promise<string> {
  const db = await getDb();
  const session = await db.userSession.create({
    data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000) },
    select: { id: true },
  });
  return session.id;
}

/** Throws SessionEndedError unless the session of these claims is still current at `now`. */
export async function assertSessionCurrent(claims: SessionClaims, { now, maxAgeSeconds }: { now: Date; maxAgeSeconds: number }): Promise<void> {
  const sessionId = sessionIdOf(claims);
  if (!claims.sub || typeof claims.signedInAt !== "number" || !sessionId) throw new SessionEndedError("incomplete token");
  if (now.getTime() / 1000 - claims.signedInAt > maxAgeSeconds) throw new SessionEndedError("expired");
  const db = await getDb();
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    select: { userId: true, expiresAt: true, user: { select: { sessionVersion: true } } },
  });
  if (!session || session.userId !== claims.sub) throw new SessionEndedError("signed out");
  if (session.expiresAt <= now) throw new SessionEndedError("expired");
  if (session.user.sessionVersion !== claims.sv) throw new SessionEndedError("signed out everywhere");
}
