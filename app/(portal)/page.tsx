// The front page: what Rightsdesk is for a data subject, and every organization's portal.
import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listPortalOrganizations } from "@/lib/organizations/list-portal-organizations";

// Reads the database on every request; nothing here may run at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { absolute: "Rightsdesk · Privacy requests" },
};

export default async function PortalIndexPage() {
  const organizations = await listPortalOrganizations();

  return (
    <>
      <PageHeader
        eyebrow="Privacy requests"
        title="Ask an organization about your personal data"
        description={
          <p>
            You have the right to know what personal data an organization holds about you, and in many places
            to have it corrected, deleted or handed to you in a file. Rightsdesk is where the organizations below
            receive those requests and answer them.
          </p>
        }
      />

      <section className="section" aria-labelledby="how-heading">
        <h2 id="how-heading">How it works</h2>
        <ol className="steps prose">
          <li>
            <strong>Choose the organization.</strong>
            Its page says who handles requests, which rights it offers and how long an answer takes.
          </li>
          <li>
            <strong>Tell it what you would like.</strong>
            For example a copy of your data, a correction, or deletion. You do not need to give a reason.
          </li>
          <li>
            <strong>Confirm your email address.</strong>
            We send you a link, so the organization knows the request really comes from you.
          </li>
          <li>
            <strong>Get an answer.</strong>
            The organization replies within the time its page states, and tells you if it needs anything more.
          </li>
        </ol>
      </section>

      <section className="section" aria-labelledby="organizations-heading">
        <h2 id="organizations-heading">Organizations</h2>
        {organizations.length === 0 ? (
          <Alert tone="info" title="No organizations yet">
            <p>No organization has set up its privacy request page here yet.</p>
          </Alert>
        ) : (
          <ul className="card-grid">
            {organizations.map((org) => (
              <Card as="li" key={org.slug} isInteractive>
                <h3 className="card__title">
                  <Link href={`/${org.slug}`} className="card__link">
                    {org.name}
                  </Link>
                </h3>
                <p className="card__meta">
                  {org.legalName !== org.name ? `${org.legalName} · ` : null}
                  {org.countryName}
                </p>
                {org.tagline ? <p>{org.tagline}</p> : null}
                <p className="card__footer" aria-hidden="true">
                  Privacy requests →
                </p>
              </Card>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
