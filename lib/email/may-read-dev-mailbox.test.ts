// The /dev/mailbox gate against a real database: loopback clients, and in development signed-in members,
// read it; anyone else — a client on another address, a forged X-Forwarded-For, a user of no organization — does not.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getEnv, type Env } from "@/lib/env";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { isLoopbackAddress } from "@/lib/http/is-loopback-address";
import { createStaff } from "@/lib/requests/test-fixtures";
import { createTestOrganization } from "@/lib/testing/test-organization";
import { mayReadDevMailbox } from "./may-read-dev-mailbox";

const from = (ip: string | null, extra: Record<string, string> = {}) => new Headers({ ...(ip ? { [CLIENT_IP_HEADER]: ip } : {}), ...extra });
const development = (): Env => ({ ...getEnv(), APP_ENV: "development", SMTP_URL: undefined });

describe("isLoopbackAddress", () => {
  it("accepts 127.0.0.0/8, ::1 and IPv4-mapped 127.x, and nothing else", () => {
    for (const ip of ["127.0.0.1", "127.8.9.10", "::1", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1", "::FFFF:127.1.2.3"]) expect(isLoopbackAddress(ip), ip).toBe(true);
    for (const ip of ["10.0.0.1", "203.0.113.5", "::ffff:10.0.0.1", "::2", "fe80::1", "128.0.0.1", "unknown", "", "127.0.0.1, 203.0.113.5", "localhost", "127.0.0.1.example"]) {
      expect(isLoopbackAddress(ip), ip).toBe(false);
    }
  });
});

describe("mayReadDevMailbox", () => {
  it("answers a loopback client, and 404s one on another address, whatever X-Forwarded-For says", async () => {
    const env = development();
    expect(await mayReadDevMailbox({ headers: from("127.0.0.1"), userId: null, env })).toBe(true);
    expect(await mayReadDevMailbox({ headers: from("::ffff:127.0.0.1"), userId: null, env })).toBe(true);
    expect(await mayReadDevMailbox({ headers: from("203.0.113.5", { "x-forwarded-for": "127.0.0.1" }), userId: null, env })).toBe(false);
    expect(await mayReadDevMailbox({ headers: from(null), userId: null, env })).toBe(false);
  });

  it("answers a signed-in member in development only, never a user of no organization", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db);
    const member = await createStaff(db, org, "VIEWER");
    const stranger = await db.user.create({ data: { email: `nobody-${crypto.randomUUID()}@example.com`, name: "Nobody" } });
    const remote = from("203.0.113.5");
    expect(await mayReadDevMailbox({ headers: remote, userId: member.user.id, env: development() })).toBe(true);
    expect(await mayReadDevMailbox({ headers: remote, userId: stranger.id, env: development() })).toBe(false);
    expect(await mayReadDevMailbox({ headers: remote, userId: member.user.id, env: { ...development(), APP_ENV: "test" } })).toBe(false);
  });

  it("never exists with SMTP configured or in production, even for this machine", async () => {
    expect(await mayReadDevMailbox({ headers: from("127.0.0.1"), userId: null, env: { ...development(), SMTP_URL: "smtp://127.0.0.1:2525" } })).toBe(false);
    expect(await mayReadDevMailbox({ headers: from("127.0.0.1"), userId: null, env: { ...development(), APP_ENV: "production" } })).toBe(false);
  });
});
