// Tells the subject their request is closed: an email with what happened and a fresh status link.
import type { Tx } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { requestClosedEmail } from "@/lib/email/templates/request-emails";
import { issueStatusLink } from "./issue-status-link";
import type { LoadedRequest } from "./run-staff-action";

export async function emailSubjectClosed(tx: Tx, request: LoadedRequest, text: { summary: string; details?: string | null }): Promise<void> {
  const org = request.organization;
  const link = await issueStatusLink(tx, { organizationId: org.id, orgSlug: org.slug, requestId: request.id });
  await enqueueEmail(tx, {
    organizationId: org.id,
    to: request.subjectEmail,
    ...requestClosedEmail({ org, subjectName: request.subjectName, reference: request.reference!, ...text, link: link.url }),
  });
}
