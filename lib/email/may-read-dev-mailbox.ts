// Who may open /dev/mailbox: it holds every organization's emails, sign-in, verification and status links
// among them. Only while it exists (no SMTP, not production), and only to this machine (a loopback client
// address, as our server saw it) or, in development, to a signed-in member of an organization.
import "server-only";
import { getDb } from "@/lib/db/client";
import { getEnv, isDevMailboxEnabled, type Env } from "@/lib/env";
import { clientIpFrom } from "@/lib/http/client-ip";
import { isLoopbackAddress } from "@/lib/http/is-loopback-address";

export async function mayReadDevMailbox(args: { headers: Pick<Headers, "get">; userId: string | null; env?: Env }): Promise<boolean> {
  const env = args.env ?? getEnv();
  if (!isDevMailboxEnabled(env)) return false;
  if (isLoopbackAddress(clientIpFrom(args.headers))) return true;
  if (env.APP_ENV !== "development" || !args.userId) return false;
  const db = await getDb();
  return (await db.membership.count({ where: { userId: args.userId } })) > 0;
}
