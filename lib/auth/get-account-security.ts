// What the security page shows a signed-in user: their two-factor state (and the setup while it is
// off), which of their roles require it, and when they last signed in.
import "server-only";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { getTwoFactorSetup, type TwoFactorSetup } from "./get-two-factor-setup";
import { requiresTwoFactor } from "./roles";

export type AccountSecurity = {
  email: string;
  twoFactorEnabledAt: Date | null;
  /** Organizations where the user's role requires two-factor authentication. */
  requiredBy: { name: string; role: Role }[];
  /** While two-factor is off: the secret to set it up with. */
  setup: TwoFactorSetup | null;
  /** For showing dates: the time zone of the user's first organization. */
  timeZone: string;
};

export async function getAccountSecurity(userId: string): Promise<AccountSecurity> {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      totpEnabledAt: true,
      memberships: { select: { role: true, organization: { select: { name: true, timeZone: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  return {
    email: user.email,
    twoFactorEnabledAt: user.totpEnabledAt,
    requiredBy: user.memberships.filter((m) => requiresTwoFactor(m.role)).map((m) => ({ name: m.organization.name, role: m.role })),
    setup: user.totpEnabledAt ? null : await getTwoFactorSetup(userId),
    timeZone: user.memberships[0]?.organization.timeZone ?? "UTC",
  };
}
