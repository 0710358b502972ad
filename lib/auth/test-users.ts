// Staff accounts for integration tests: a unique email each, a known password, optionally a role in an
// organization and two-factor authentication already on.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { createTestOrganization } from "@/lib/testing/test-organization";
import { encryptTotpSecret } from "./encrypt-totp-secret";
import { hashPassword } from "./verify-password";
import { createTotpSecret, totpFor } from "./verify-totp-code";

export const TEST_PASSWORD = "correct horse battery staple";

export async function createTestUser(db: PrismaClient, options: { role?: Role; withTwoFactor?: boolean } = {}) {
  const email = `staff-${randomBytes(5).toString("hex")}@example.com`;
  const user = await db.user.create({ data: { email, name: "Test Staff", passwordHash: await hashPassword(TEST_PASSWORD) } });
  if (options.role) {
    const org = await createTestOrganization(db);
    await db.membership.create({ data: { organizationId: org.id, userId: user.id, role: options.role } });
  }
  let totpSecret: string | null = null;
  if (options.withTwoFactor) {
    totpSecret = createTotpSecret();
    await db.user.update({
      where: { id: user.id },
      data: { totpSecret: encryptTotpSecret(totpSecret, user.id), totpEnabledAt: new Date() },
    });
  }
  return {
    ...user,
    /** The code an authenticator app would show at `at`. */
    codeAt(at: Date): string {
      if (!totpSecret) throw new Error("This test user has no two-factor secret");
      return totpFor(totpSecret).generate({ timestamp: at.getTime() });
    },
  };
}

/** A client address of its own, so tests do not share per-address limits. */
export function testIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

/** An IPv6 /64 of its own: `at(n)` is one of its addresses, as one client's provider hands them out. */
export function testIpv6Network(): { at(n: number): string } {
  const b = randomBytes(4).toString("hex");
  return { at: (n) => `2001:db8:${b.slice(0, 4)}:${b.slice(4)}::${n.toString(16)}` };
}
