// An organization's privacy page: who it is, the rights it offers, how long it takes, whom to contact or
// complain to, and the way into the request form.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getPortalOrganization, type PortalRelationship } from "@/lib/organizations/get-portal-organization";
import { ResponseTimes } from "@/components/requests/response-times";

// Reads the database on every request; nothing here may run at build time.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug } = await params;
  const org = await getPortalOrganization(orgSlug);
  if (!org) return { title: (await getTranslations("notFound"))("metaTitle") };
  const t = await getTranslations("organizationPage");
  return {
    title: t("metaTitle", { organization: org.name }),
    description: t("metaDescription", { legalName: org.legalName }),
  };
}

function ExternalLink({ href, children, newTab }: { href: string; children: ReactNode; newTab: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {newTab}</span>
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

  const t = await getTranslations("organizationPage");
  const labels = await getTranslations("labels");
  const newTab = (await getTranslations("site"))("opensInNewTab");
  const requestHref = `/${org.slug}/request`;
  const controllerRelationships = org.relationships.filter((r) => r.queue === "CONTROLLER");
  const processorRelationships = org.relationships.filter((r) => r.queue === "PROCESSOR");

  return (
    <>
      <PageHeader
        eyebrow={t("eyebrow")}
        title={org.name}
        description={
          <>
            {org.tagline ? <p className="text-muted">{org.tagline}</p> : null}
            <p>{t("intro", { legalName: org.legalName })}</p>
          </>
        }
        actions={
          <ButtonLink href={requestHref} size="lg">
            {t("makeRequest")}
          </ButtonLink>
        }
      />

      <div className="layout-split">
        <div>
          <section className="section" aria-labelledby="rights-heading">
            <h2 id="rights-heading">{t("rightsHeading")}</h2>
            <ul className="rights-list">
              {org.requestTypes.map((type) => (
                <li key={type}>
                  <span className="rights-list__title">{labels(`requestType.${type}`)}</span>
                  <span className="rights-list__description">{labels(`requestTypeDescription.${type}`)}</span>
                </li>
              ))}
            </ul>
          </section>

          <section className="section" aria-labelledby="time-heading">
            <h2 id="time-heading">{t("timeHeading")}</h2>
            <ResponseTimes org={org} className="lead" />
            <p className="prose">{t("timeBody", { hours: org.verificationTtlHours })}</p>
          </section>

          {org.relationships.length > 0 ? (
            <section className="section" aria-labelledby="relationships-heading">
              <h2 id="relationships-heading">{t("relationshipsHeading")}</h2>
              <p className="section__intro">{t("relationshipsIntro")}</p>
              {controllerRelationships.length > 0 ? (
                <RelationshipGroup
                  title={t("controllerTitle")}
                  explanation={t("controllerExplanation")}
                  relationships={controllerRelationships}
                />
              ) : null}
              {processorRelationships.length > 0 ? (
                <RelationshipGroup
                  title={t("processorTitle")}
                  explanation={t("processorExplanation")}
                  relationships={processorRelationships}
                />
              ) : null}
            </section>
          ) : null}

          <section className="section panel" aria-labelledby="start-heading">
            <h2 id="start-heading">{t("readyHeading")}</h2>
            <p>{t("readyBody")}</p>
            <ButtonLink href={requestHref}>{t("makeRequest")}</ButtonLink>
          </section>
        </div>

        <div className="stack">
          <Card as="section" aria-labelledby="contact-heading">
            <h2 id="contact-heading">{t("contactHeading")}</h2>
            <dl className="facts">
              <dt>{t("organization")}</dt>
              <dd>{org.legalName}</dd>
              {org.postalAddress ? (
                <>
                  <dt>{t("postalAddress")}</dt>
                  <dd>
                    <address>{org.postalAddress}</address>
                  </dd>
                </>
              ) : null}
              <dt>{t("privacyContact")}</dt>
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
                  <dt>{t("website")}</dt>
                  <dd>
                    <ExternalLink href={org.website} newTab={newTab}>{new URL(org.website).host}</ExternalLink>
                  </dd>
                </>
              ) : null}
              {org.policyUrl ? (
                <>
                  <dt>{t("privacyPolicy")}</dt>
                  <dd>
                    <ExternalLink href={org.policyUrl} newTab={newTab}>
                      {t("readPolicy")}
                    </ExternalLink>
                  </dd>
                </>
              ) : null}
            </dl>
          </Card>

          {org.laws.length > 0 ? (
            <Card as="section" aria-labelledby="laws-heading">
              <h2 id="laws-heading">{t("lawsHeading")}</h2>
              <ul className="tag-list">
                {org.laws.map((law) => (
                  <li key={law}>{law}</li>
                ))}
              </ul>
            </Card>
          ) : null}

          <Card as="section" aria-labelledby="complaints-heading">
            <h2 id="complaints-heading">{t("complaintsHeading")}</h2>
            {org.regulatorName ? (
              <p>
                {t.rich("complainTo", {
                  regulator: () =>
                    org.regulatorUrl ? (
                      <ExternalLink href={org.regulatorUrl} newTab={newTab}>
                        {org.regulatorName}
                      </ExternalLink>
                    ) : (
                      org.regulatorName
                    ),
                })}
              </p>
            ) : (
              <p>{t("complainLocal")}</p>
            )}
            <p className="text-muted">{t("putRight")}</p>
          </Card>
        </div>
      </div>
    </>
  );
}
