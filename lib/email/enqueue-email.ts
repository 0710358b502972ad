// Writes an email to the outbox inside the caller's transaction, so the email exists exactly when the
// change that caused it does. The dispatcher delivers it.
import type { Tx } from "@/lib/db/client";

export type EmailDraft = { organizationId?: string; to: string; subject: string; text: string; html?: string };

export async function enqueueEmail(tx: Tx, draft: EmailDraft): Promise<void> {
  await tx.outboxEmail.create({
    data: {
      organizationId: draft.organizationId,
      toAddress: draft.to,
      subject: draft.subject,
      textBody: draft.text,
      htmlBody: draft.html,
    },
  });
}
