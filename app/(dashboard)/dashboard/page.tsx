// /dashboard — the member's organizations with their role and open requests; a member of exactly
// one organization goes straight to its queue.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-membership";
import { roleLabel } from "@/lib/auth/roles";
import { listMemberOrganizations } from "@/lib/requests/queue/list-member-organizations";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your organizations" };

function openText(n: number, queue: string): string {
  return `${n} open ${n === 1 ? "request" : "requests"} in the ${queue} queue`;
}

export default async function DashboardPage() {
  const user = await requireUser();
  const organizations = await listMemberOrganizations(user.id);
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
                <li>{openText(o.open?.CONTROLLER ?? 0, "controller")}</li>
                <li>{openText(o.open?.PROCESSOR ?? 0, "processor")}</li>
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
