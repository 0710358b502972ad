// Emails the subject of a request from inside the change's transaction, with a fresh private status link for
// the email's button (only hashes of status tokens are stored, so each email gets its own token).
import type { Tx } from "@/lib/db/client";
import type { Organization, PrivacyRequest } from "@/lib/db/generated/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { issueStatusLink } from "./issue-status-link";

type Draft = { subject: string; text: string; html?: string };

export async function emailSubject(
  tx: Tx,
  request: Pick<PrivacyRequest, "id" | "subjectEmail"> & { organization: Pick<Organization, "id" | "slug"> },
  build: (statusLink: string) => Draft,
): Promise<void> {
  const org = request.organization;
  const link = await issueStatusLink(tx, { organizationId: org.id, orgSlug: org.slug, requestId: request.id });
  await enqueueEmail(tx, { organizationId: org.id, to: request.subjectEmail, ...build(link.url) });
}
