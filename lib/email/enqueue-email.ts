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

/**
 * Many emails in one statement (the reminder sweep writes thousands of digests in a transaction; one
 * create each cost it seconds — docs/benchmarks.md). Ready to send now, like enqueueEmail's.
 */
export async function enqueueEmails(tx: Tx, drafts: readonly EmailDraft[]): Promise<void> {
  if (drafts.length === 0) return;
  const now = new Date();
  await tx.$executeRaw`
    INSERT INTO "OutboxEmail" (id, "organizationId", "toAddress", subject, "textBody", "htmlBody", "nextAttemptAt", "createdAt")
    SELECT gen_random_uuid(), v.organization_id, v.to_address, v.subject, v.text_body, v.html_body, ${now}::timestamp, ${now}::timestamp
    FROM unnest(
      ${drafts.map((d) => d.organizationId ?? null)}::uuid[], ${drafts.map((d) => d.to)}::text[],
      ${drafts.map((d) => d.subject)}::text[], ${drafts.map((d) => d.text)}::text[], ${drafts.map((d) => d.html ?? null)}::text[]
    ) AS v(organization_id, to_address, subject, text_body, html_body)`;
}
