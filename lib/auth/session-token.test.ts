import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { authOptions } from "./auth-options";
import { endSession } from "./end-session";
import { pruneEndedSessions } from "./prune-ended-sessions";
import { assertSessionCurrent, SessionEndedError, startSession } from "./session-token";
import { signOutEverywhere } from "./sign-out-everywhere";
import { createTestUser } from "./test-users";

const maxAgeSeconds = 8 * 3600;

/** The claims next-auth's jwt callback puts in the token of a user who just signed in. */
async function signedIn(user: { id: string; email: string; name: string; sessionVersion: number }) {
  const jwt = authOptions().callbacks!.jwt!;
  const token = await jwt({ token: {}, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } as never, account: null });
  return token as { sub?: string; sid?: unknown; sv?: unknown; signedInAt?: unknown };
}

const check = (claims: object) => assertSessionCurrent(claims, { now: new Date(), maxAgeSeconds });

describe("sessions", () => {
  it("end a fixed time after signing in, however active the user was", async () => {
    const db = await getDb();
    const user = await createTestUser(db);
    const signedInAt = Math.floor(Date.now() / 1000);
    const sid = await startSession({ userId: user.id, now: new Date(signedInAt * 1000), maxAgeSeconds });
    const claims = { sub: user.id, sid, sv: 0, signedInAt };
    await expect(assertSessionCurrent(claims, { now: new Date((signedInAt + maxAgeSeconds - 1) * 1000), maxAgeSeconds })).resolves.toBeUndefined();
    await expect(assertSessionCurrent(claims, { now: new Date((signedInAt + maxAgeSeconds + 1) * 1000), maxAgeSeconds })).rejects.toThrow(SessionEndedError);
    await expect(check({ sub: user.id, sid, sv: 0 })).rejects.toThrow(SessionEndedError);
    // A token from before sessions had rows on the server is not accepted.
    await expect(check({ sub: user.id, sv: 0, signedInAt })).rejects.toThrow(SessionEndedError);

    await pruneEndedSessions(new Date((signedInAt + maxAgeSeconds + 1) * 1000));
    expect(await db.userSession.findUnique({ where: { id: sid } })).toBeNull();
  });

  it("end when the user signs out of them, and only the one signed out of; that is audited", async () => {
    const db = await getDb();
    const user = await createTestUser(db);
    const laptop = await signedIn(user);
    const phone = await signedIn(user);
    await expect(check(laptop)).resolves.toBeUndefined();

    // What next-auth does on POST /api/auth/signout: clears the cookie and fires the signOut event.
    await authOptions({ ip: "10.2.2.2" }).events!.signOut!({ token: laptop as never, session: undefined as never });
    await expect(check(laptop)).rejects.toThrow(SessionEndedError);
    await expect(check(phone)).resolves.toBeUndefined();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: user.id, action: "auth.signed_out" } });
    expect(audit).toMatchObject({ actorUserId: user.id, actorEmail: user.email, ip: "10.2.2.2" });

    // Another user's token cannot end this session, and signing out twice records nothing more.
    const stranger = await createTestUser(db);
    await endSession({ claims: { ...phone, sub: stranger.id }, ip: "10.2.2.3" });
    await expect(check(phone)).resolves.toBeUndefined();
    await endSession({ claims: laptop, ip: "10.2.2.2" });
    expect(await db.auditEvent.count({ where: { targetId: user.id, action: "auth.signed_out" } })).toBe(1);
  });

  it("all end when the user signs out everywhere, and that is audited", async () => {
    const db = await getDb();
    const user = await createTestUser(db);
    const claims = await signedIn(user);
    await expect(check(claims)).resolves.toBeUndefined();

    await signOutEverywhere({ userId: user.id, actor: { userId: user.id, email: user.email, ip: "10.1.1.1" } });
    await expect(check(claims)).rejects.toThrow(SessionEndedError);
    // A session issued afterwards carries the new version.
    await expect(check(await signedIn({ ...user, sessionVersion: 1 }))).resolves.toBeUndefined();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: user.id, action: "auth.signed_out_everywhere" } });
    expect(audit).toMatchObject({ before: { sessionVersion: 0 }, after: { sessionVersion: 1 }, ip: "10.1.1.1" });
  });
});
