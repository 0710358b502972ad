import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { assertSessionCurrent, SessionEndedError } from "./session-token";
import { signOutEverywhere } from "./sign-out-everywhere";
import { createTestUser } from "./test-users";

const maxAgeSeconds = 8 * 3600;

describe("sessions", () => {
  it("end a fixed time after signing in, however active the user was", async () => {
    const db = await getDb();
    const user = await createTestUser(db);
    const signedInAt = Math.floor(Date.now() / 1000);
    const claims = { sub: user.id, sv: 0, signedInAt };
    await expect(assertSessionCurrent(claims, { now: new Date((signedInAt + maxAgeSeconds) * 1000), maxAgeSeconds })).resolves.toBeUndefined();
    await expect(assertSessionCurrent(claims, { now: new Date((signedInAt + maxAgeSeconds + 1) * 1000), maxAgeSeconds })).rejects.toThrow(SessionEndedError);
    await expect(assertSessionCurrent({ sub: user.id, sv: 0 }, { now: new Date(), maxAgeSeconds })).rejects.toThrow(SessionEndedError);
  });

  it("all end when the user signs out everywhere, and that is audited", async () => {
    const db = await getDb();
    const user = await createTestUser(db);
    const claims = { sub: user.id, sv: 0, signedInAt: Math.floor(Date.now() / 1000) };
    const check = () => assertSessionCurrent(claims, { now: new Date(), maxAgeSeconds });
    await expect(check()).resolves.toBeUndefined();

    await signOutEverywhere({ userId: user.id, actor: { userId: user.id, email: user.email, ip: "10.1.1.1" } });
    await expect(check()).rejects.toThrow(SessionEndedError);
    // A session issued afterwards carries the new version.
    await expect(assertSessionCurrent({ ...claims, sv: 1 }, { now: new Date(), maxAgeSeconds })).resolves.toBeUndefined();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: user.id, action: "auth.signed_out_everywhere" } });
    expect(audit).toMatchObject({ before: { sessionVersion: 0 }, after: { sessionVersion: 1 }, ip: "10.1.1.1" });
  });
});
