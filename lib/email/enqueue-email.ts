// Writes an email to the outbox inside the caller's transaction, so the email exists exactly when the
// change that caused it does. The dispatcher delivers it.
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

export type EmailDraft = { organizationId?: string; to: string; subject: string; text: string; html?: string };

export async function enqueueEmail(tx: Tx, draft: EmailDraft): Promise<void> {
  await enqueueEmails(tx, [draft]);
}

/**
 * Emails in one statement, ready to send now. Written out rather than through the ORM: the reminder sweep
 * writes thousands of digests in a transaction, and public intake one email per request, and an ORM create
 * cost ~1 ms of CPU compiling its query each time (docs/benchmarks.md).
 */
export async function enqueueEmails(tx: Tx, drafts: readonly EmailDraft[]): Promise<void> {
  if (drafts.length === 0) return;
  await tx.$executeRaw(outboxInsert(drafts));
}

/** The INSERT that writes `drafts` to the outbox, for a caller that writes other rows in the same statement. */
export function outboxInsert(drafts: readonly EmailDraft[]): Prisma.Sql {
  const now = new Date();
  return Prisma.sql`
    INSERT INTO "OutboxEmail" (id, "organizationId", "toAddress", subject, "textBody", "htmlBody", "nextAttemptAt", "createdAt")
    SELECT gen_random_uuid(), v.organization_id, v.to_address, v.subject, v.text_body, v.html_body, ${now}::timestamp, ${now}::timestamp
    FROM unnest(
      ${drafts.map((d) => d.organizationId ?? null)}::uuid[], ${drafts.map((d) => d.to)}::text[],
      ${drafts.map((d) => d.subject)}::text[], ${drafts.map((d) => d.text)}::text[], ${drafts.map((d) => d.html ?? null)}::text[]
    ) AS v(organization_id, to_address, subject, text_body, html_body)`;
}
