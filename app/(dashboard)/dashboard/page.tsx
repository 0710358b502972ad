// /dashboard — the member's organizations with their role and open requests (how many overdue, how many
// due within 7 days); a member of exactly one organization goes straight to its queue, which shows the same.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-membership";
import { roleLabel } from "@/lib/auth/roles";
import { DUE_SOON_DAYS } from "@/lib/requests/queue/describe-due";
import { listMemberOrganizations } from "@/lib/requests/queue/list-member-organizations";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your organizations" };

function openText(n: number, queue: string, due: { overdue: number; dueSoon: number }): string {
  const open = `${n} open ${n === 1 ? "request" : "requests"} in the ${queue} queue`;
  if (n === 0) return open;
  return `${open}: ${due.overdue} overdue, ${due.dueSoon} due within ${DUE_SOON_DAYS} days`;
}

export default async function DashboardPage() {
  const user = await requireUser();
  const organizations = await listMemberOrganizations(user.id, { now: new Date() });
  if (organizations.length === 1) redirect(`/dashboard/${organizations[0]!.slug}/queue`);

  return (
    <>
      <PageHeader
        title="Your organizations"
        description={<p>Choose the organization whose privacy requests you want to work on.</p>}
        actions={
          <ButtonLink href="/dashboard/organizations/new" variant="secondary">
            Create an organization
          </ButtonLink>
        }
      />
      {organizations.length === 0 ? (
        <Alert tone="info" title="You are not a member of any organization yet">
          <p>Ask an admin of your organization to add {user.email} to its team, or create your own organization.</p>
        </Alert>
      ) : (
        <ul className="card-grid">
          {organizations.map((o) => (
            <Card as="li" key={o.slug} isInteractive>
              <h2 className="card__title">
                <Link href={`/dashboard/${o.slug}/queue`} className="card__link">
                  {o.name}
                </Link>
              </h2>
              <p className="card__meta">Your role: {roleLabel[o.role]}</p>
              <ul>
                {(["CONTROLLER", "PROCESSOR"] as const).map((queue) => (
                  <li key={queue}>
                    {openText(o.open?.[queue] ?? 0, queue.toLowerCase(), o.due?.[queue] ?? { overdue: 0, dueSoon: 0 })}
                  </li>
                ))}
              </ul>
              <p className="card__footer" aria-hidden="true">
                Open the queue →
              </p>
            </Card>
          ))}
        </ul>
      )}
    </>
  );
}
