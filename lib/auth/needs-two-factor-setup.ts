// Whether a user must set up two-factor authentication before doing anything else: owners and admins
// of any organization must use it (lib/auth/roles.ts), officers and viewers may.
import "server-only";
import { getDb } from "@/lib/db/client";
import { requiresTwoFactor } from "./roles";

export async function isTwoFactorRequired(userId: string): Promise<boolean> {
  const db = await getDb();
  const memberships = await db.membership.findMany({ where: { userId }, select: { role: true } });
  return memberships.some((m) => requiresTwoFactor(m.role));
}

export async function needsTwoFactorSetup(user: { id: string; hasTwoFactor: boolean }): Promise<boolean> {
  return !user.hasTwoFactor && (await isTwoFactorRequired(user.id));
}
