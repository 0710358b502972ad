// The development mailbox: the emails the app sent, read back from the outbox. Only exists while no
// SMTP server is configured and the app is not in production (isDevMailboxEnabled).
import "server-only";
import { getDb } from "@/lib/db/client";
import { isDevMailboxEnabled } from "@/lib/env";

export type MailboxEntry = { id: string; to: string; subject: string; status: string; createdAt: Date };

export async function listDevMailbox(limit = 200): Promise<MailboxEntry[] | null> {
  if (!isDevMailboxEnabled()) return null;
  const db = await getDb();
  const rows = await db.outboxEmail.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, toAddress: true, subject: true, status: true, createdAt: true },
  });
  return rows.map((r) => ({ id: r.id, to: r.toAddress, subject: r.subject, status: r.status, createdAt: r.createdAt }));
}

export async function readDevMailboxEmail(id: string) {
  if (!isDevMailboxEnabled() || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const db = await getDb();
  return db.outboxEmail.findUnique({
    where: { id },
    select: { id: true, toAddress: true, subject: true, textBody: true, status: true, createdAt: true, sentAt: true },
  });
}
