// Where a user goes right after signing in: where they were heading (a path on this site), or the
// dashboard — unless their role requires two-factor authentication they have not set up yet.
import "server-only";
import type { SessionUser } from "./get-session-user";
import { needsTwoFactorSetup } from "./needs-two-factor-setup";
import { safeCallbackUrl } from "./safe-callback-url";

export async function signInDestination(user: SessionUser, callbackUrl: unknown): Promise<string> {
  const destination = safeCallbackUrl(callbackUrl);
  if (await needsTwoFactorSetup(user)) {
    return `/account/security?${new URLSearchParams({ required: "1", callbackUrl: destination })}`;
  }
  return destination;
}
