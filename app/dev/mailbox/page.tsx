// /dev/mailbox — development only: every email the app sent, since no SMTP server is configured. Served
// only to this machine or a signed-in member (may-read-dev-mailbox.ts); anyone else gets 404.
import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { mayReadDevMailbox } from "@/lib/email/may-read-dev-mailbox";
import { listDevMailbox } from "@/lib/email/read-dev-mailbox";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Development mailbox", robots: { index: false, follow: false } };

export default async function DevMailboxPage() {
  if (!(await mayReadDevMailbox({ headers: await headers(), userId: (await getSessionUser())?.id ?? null }))) notFound();
  const emails = await listDevMailbox();
  if (!emails) notFound();
  return (
    <div className="stack">
      <PageHeader title="Development mailbox" description={<p>The emails the app sent, newest first.</p>} />
      <Alert tone="warning">
        <p>
          No <code>SMTP_URL</code> is set, so emails are kept here instead of being sent. This page does not exist once an SMTP
          server is configured or in production, and is shown only on this machine or to a signed-in member.
        </p>
      </Alert>
      {emails.length === 0 ? (
        <p>No emails yet. Make a request on an organization&apos;s portal and its confirmation email appears here.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">To</th>
              <th scope="col">Subject</th>
            </tr>
          </thead>
          <tbody>
            {emails.map((e) => (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.createdAt.toISOString()}>{e.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
                </td>
                <td>{e.to}</td>
                <td>
                  <Link href={`/dev/mailbox/${e.id}`}>{e.subject}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
