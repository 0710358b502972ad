// /dev/mailbox/{id} — one email of the development mailbox, with its links clickable. The same gate as the list.
import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { mayReadDevMailbox } from "@/lib/email/may-read-dev-mailbox";
import { readDevMailboxEmail } from "@/lib/email/read-dev-mailbox";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Development mailbox", robots: { index: false, follow: false } };

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

function withLinks(text: string) {
  return text.split(URL_PATTERN).map((part, i) => (i % 2 === 1 ? <a key={i} href={part}>{part}</a> : part));
}

export default async function DevMailboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await mayReadDevMailbox({ headers: await headers(), userId: (await getSessionUser())?.id ?? null }))) notFound();
  const email = await readDevMailboxEmail((await params).id);
  if (!email) notFound();
  return (
    <div className="stack">
      <p>
        <Link href="/dev/mailbox">← All emails</Link>
      </p>
      <PageHeader title={email.subject} />
      <dl className="summary-list">
        <div>
          <dt>To</dt>
          <dd>{email.toAddress}</dd>
        </div>
        <div>
          <dt>Written</dt>
          <dd>{email.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</dd>
        </div>
      </dl>
      <pre className="email-body">{withLinks(email.textBody)}</pre>
    </div>
  );
}
