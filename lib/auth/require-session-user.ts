// The signed-in user for pages every signed-in user may see, even before two-factor setup (the
// security page itself): otherwise to sign-in, and back here afterwards.
import "server-only";
import { redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "./get-session-user";

export async function requireSessionUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?${new URLSearchParams({ callbackUrl: returnTo })}`);
  return user;
}
