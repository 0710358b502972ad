// An organization's privacy page: who it is, the rights it offers, how long it takes, whom to contact or
// complain to, and the way into the request form.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getPortalOrganization, type PortalRelationship } from "@/lib/organizations/get-portal-organization";
import { promisedResponseTime } from "@/lib/organizations/promised-response-time";
import { requestTypeDescription, requestTypeLabel } from "@/lib/requests/labels";

// Reads the database on every request; nothing here may run at build time.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug } = await params;
  const org = await getPortalOrganization(orgSlug);
  if (!org) return { title: "Page not found" };
  return {
    title: `${org.name} privacy requests`,
    description: `Ask ${org.legalName} what personal data it holds about you, or have it corrected, exported or deleted.`,
  };
}

function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
      <span className="external-link__icon" aria-hidden="true">
        ↗
      </span>
    </a>
  );
}

function RelationshipGroup(props: { title: string; explanation: string; relationships: PortalRelationship[] }) {
  return (
    <div className="relationship-group">
      <h3>{props.title}</h3>
      <p className="prose">{props.explanation}</p>
      <ul className="relationship-list">
        {props.relationships.map((relationship) => (
          <li key={relationship.key}>
            <span className="relationship__title">{relationship.label}</span>
            {relationship.description ? (
              <span className="relationship__description">{relationship.description}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export default async function OrganizationPage({ params }: Props) {
  const { orgSlug } = await params;
  const org = await getPortalOrganization(orgSlug);
  if (!org) notFound();

  const requestHref = `/${org.slug}/request`;
  const days = promisedResponseTime(org);
  const hours = `${org.verificationTtlHours} ${org.verificationTtlHours === 1 ? "hour" : "hours"}`;
  const controllerRelationships = org.relationships.filter((r) => r.queue === "CONTROLLER");
  const processorRelationships = org.relationships.filter((r) => r.queue === "PROCESSOR");

  return (
    <>
      <PageHeader
        eyebrow="Privacy requests"
        title={org.name}
        description={
          <>
            {org.tagline ? <p className="text-muted">{org.tagline}</p> : null}
            <p>
              Ask us what personal data we hold about you, and have it corrected, exported or deleted. Requests
              made here go straight to the people at {org.legalName} who handle privacy.
            </p>
          </>
        }
        actions={
          <ButtonLink href={requestHref} size="lg">
            Make a request
          </ButtonLink>
        }
      />

      <div className="layout-split">
        <div>
          <section className="section" aria-labelledby="rights-heading">
            <h2 id="rights-heading">What you can ask for</h2>
            <ul className="rights-list">
              {org.requestTypes.map((type) => (
                <li key={type}>
                  <span className="rights-list__title">{requestTypeLabel[type]}</span>
                  <span className="rights-list__description">{requestTypeDescription[type]}</span>
                </li>
              ))}
            </ul>
          </section>

          <section className="section" aria-labelledby="time-heading">
            <h2 id="time-heading">How long it takes</h2>
            <p className="lead">We respond within {days}.</p>
            <p className="prose">
              After you send the form we email you a link to confirm your address, so that we know the request
              comes from you. The link works for {hours}. We may ask you for more information if we cannot
              find your data or need to be sure who you are.
            </p>
          </section>

          {org.relationships.length > 0 ? (
            <section className="section" aria-labelledby="relationships-heading">
              <h2 id="relationships-heading">Who this page is for</h2>
              <p className="section__intro">
                The form asks how you know us, so that the right people handle your request.
              </p>
              {controllerRelationships.length > 0 ? (
                <RelationshipGroup
                  title="Where we answer you ourselves"
                  explanation="Here we decide how your personal data is used, so we handle your request from start to finish."
                  relationships={controllerRelationships}
                />
              ) : null}
              {processorRelationships.length > 0 ? (
                <RelationshipGroup
                  title="Where we act for one of our customers"
                  explanation="Here we only process data on behalf of a customer: the website or company you dealt with, which decides how your data is used. We pass your request on to that customer, so the form asks which company it was."
                  relationships={processorRelationships}
                />
              ) : null}
            </section>
          ) : null}

          <section className="section panel" aria-labelledby="start-heading">
            <h2 id="start-heading">Ready to ask?</h2>
            <p>It takes a few minutes. You do not need an account or a reason.</p>
            <ButtonLink href={requestHref}>Make a request</ButtonLink>
          </section>
        </div>

        <div className="stack">
          <Card as="section" aria-labelledby="contact-heading">
            <h2 id="contact-heading">Contact</h2>
            <dl className="facts">
              <dt>Organization</dt>
              <dd>{org.legalName}</dd>
              {org.postalAddress ? (
                <>
                  <dt>Postal address</dt>
                  <dd>
                    <address>{org.postalAddress}</address>
                  </dd>
                </>
              ) : null}
              <dt>Privacy contact</dt>
              <dd>
                {org.privacyContactName ? (
                  <>
                    {org.privacyContactName}
                    <br />
                  </>
                ) : null}
                <a href={`mailto:${org.privacyEmail}`}>{org.privacyEmail}</a>
              </dd>
              {org.website ? (
                <>
                  <dt>Website</dt>
                  <dd>
                    <ExternalLink href={org.website}>{new URL(org.website).host}</ExternalLink>
                  </dd>
                </>
              ) : null}
              {org.policyUrl ? (
                <>
                  <dt>Privacy policy</dt>
                  <dd>
                    <ExternalLink href={org.policyUrl}>Read the full policy</ExternalLink>
                  </dd>
                </>
              ) : null}
            </dl>
          </Card>

          {org.laws.length > 0 ? (
            <Card as="section" aria-labelledby="laws-heading">
              <h2 id="laws-heading">Laws we follow</h2>
              <ul className="tag-list">
                {org.laws.map((law) => (
                  <li key={law}>{law}</li>
                ))}
              </ul>
            </Card>
          ) : null}

          <Card as="section" aria-labelledby="complaints-heading">
            <h2 id="complaints-heading">Complaints</h2>
            {org.regulatorName ? (
              <p>
                If you are not happy with how we handle your request, you can complain to{" "}
                {org.regulatorUrl ? (
                  <ExternalLink href={org.regulatorUrl}>{org.regulatorName}</ExternalLink>
                ) : (
                  org.regulatorName
                )}
                .
              </p>
            ) : (
              <p>
                If you are not happy with how we handle your request, you can complain to the data protection
                authority where you live.
              </p>
            )}
            <p className="text-muted">We would like the chance to put things right first: write to us above.</p>
          </Card>
        </div>
      </div>
    </>
  );
}
