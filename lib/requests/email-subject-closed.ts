// Tells the subject their request is closed: an email with what happened (in the request's language, built by
// the caller) and a fresh status link.
import type { Tx } from "@/lib/db/client";
import { requestClosedEmail } from "@/lib/email/templates/request-emails";
import { localeOf } from "@/lib/i18n/subject-words";
import type { LoadedRequest } from "./run-staff-action";
import { emailSubject } from "./email-subject";

export async function emailSubjectClosed(tx: Tx, request: LoadedRequest, text: { summary: string; details?: string | null }): Promise<void> {
  const org = request.organization;
  await emailSubject(tx, request, (link) => requestClosedEmail({ locale: localeOf(request.locale), org, subjectName: request.subjectName, reference: request.reference!, ...text, link }));
}
