// Tells the subject their request is closed: an email with what happened and a fresh status link.
import type { Tx } from "@/lib/db/client";
import { requestClosedEmail } from "@/lib/email/templates/request-emails";
import type { LoadedRequest } from "./run-staff-action";
import { emailSubject } from "./email-subject";

export async function emailSubjectClosed(tx: Tx, request: LoadedRequest, text: { summary: string; details?: string | null }): Promise<void> {
  const org = request.organization;
  await emailSubject(tx, request, (link) => requestClosedEmail({ org, subjectName: request.subjectName, reference: request.reference!, ...text, link }));
}
