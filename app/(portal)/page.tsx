// The front page: what Rightsdesk is for a data subject, and every organization's portal.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getPageLanguage } from "@/lib/i18n/get-page-locale";
import { intlTag } from "@/lib/i18n/locales";
import { listPortalOrganizations } from "@/lib/organizations/list-portal-organizations";

// Reads the database on every request; nothing here may run at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portalIndex");
  return { title: { absolute: t("metaTitle") } };
}

export default async function PortalIndexPage() {
  const organizations = await listPortalOrganizations();
  const t = await getTranslations("portalIndex");
  const { locale } = await getPageLanguage();
  const countryNames = new Intl.DisplayNames([intlTag[locale]], { type: "region" });
  const steps = [
    { title: t("step1Title"), body: t("step1Body") },
    { title: t("step2Title"), body: t("step2Body") },
    { title: t("step3Title"), body: t("step3Body") },
    { title: t("step4Title"), body: t("step4Body") },
  ];

  return (
    <>
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} description={<p>{t("intro")}</p>} />

      <section className="section" aria-labelledby="how-heading">
        <h2 id="how-heading">{t("howHeading")}</h2>
        <ol className="steps prose">
          {steps.map((step) => (
            <li key={step.title}>
              <strong>{step.title}</strong>
              {step.body}
            </li>
          ))}
        </ol>
      </section>

      <section className="section" aria-labelledby="organizations-heading">
        <h2 id="organizations-heading">{t("organizationsHeading")}</h2>
        {organizations.length === 0 ? (
          <Alert tone="info" title={t("noneTitle")}>
            <p>{t("noneBody")}</p>
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
                  {countryNames.of(org.country) ?? org.countryName}
                </p>
                {org.tagline ? <p>{org.tagline}</p> : null}
                <p className="card__footer" aria-hidden="true">
                  {t("cardFooter")}
                </p>
              </Card>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
