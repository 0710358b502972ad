// A fresh private status link for an email. Only hashes of status tokens are stored, so an old link
// cannot be rebuilt: every email that needs one gets a new token, and the old ones keep working (until
// status-link-lifetime.ts says they end).
import type { Tx } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { createLinkToken } from "./tokens";

export async function issueStatusLink(
  tx: Tx,
  // `now` dates the link, which a closed request's link lifetime counts from (status-link-lifetime.ts).
  args: { organizationId: string; orgSlug: string; requestId: string; now?: Date },
): Promise<{ token: string; url: string }> {
  const { token, tokenHash } = createLinkToken();
  await tx.requestToken.create({
    data: { organizationId: args.organizationId, requestId: args.requestId, purpose: "STATUS", tokenHash, createdAt: args.now },
  });
  return { token, url: `${getEnv().APP_URL}/${args.orgSlug}/status/${token}` };
}
