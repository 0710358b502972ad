// The signed-in staff user of this request, or null. A session is accepted only while its
// sessionVersion matches the user's: "sign out everywhere" bumps it.
import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { authOptions } from "./auth-options";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  hasTwoFactor: boolean;
};

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as { userId?: string; sessionVersion?: number } | null;
  if (!session?.userId) return null;
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, sessionVersion: true, totpEnabledAt: true },
  });
  if (!user || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, hasTwoFactor: Boolean(user.totpEnabledAt) };
});
