// /{orgSlug}/request — the data subject's request form.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { RequestForm } from "@/components/requests/request-form";
import { getPageLanguage } from "@/lib/i18n/get-page-locale";
import { intlTag } from "@/lib/i18n/locales";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";
import { promisedResponseTime } from "@/lib/organizations/promised-response-time";
import { isJurisdiction, jurisdictionsFor } from "@/lib/requests/jurisdictions";
import { submitRequestAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const org = await getPortalOrganization((await params).orgSlug);
  if (!org) return { title: (await getTranslations("notFound"))("metaTitle") };
  return { title: (await getTranslations("requestPage"))("title", { organization: org.name }) };
}

export default async function RequestPage({ params }: Props) {
  const org = await getPortalOrganization((await params).orgSlug);
  if (!org) notFound();
  const t = await getTranslations("requestPage");
  const labels = await getTranslations("labels");
  const { locale } = await getPageLanguage();

  return (
    <div className="stack narrow">
      <PageHeader
        eyebrow={org.legalName}
        title={t("title", { organization: org.name })}
        description={<p>{t("intro", { organization: org.name, period: labels("period", { ...promisedResponseTime(org), form: "duration" }) })}</p>}
      />
      <RequestForm
        action={submitRequestAction.bind(null, org.slug)}
        organizationName={org.name}
        locale={locale}
        requestTypes={org.requestTypes.map((type) => ({
          type,
          label: labels(`requestType.${type}`),
          description: labels(`requestTypeDescription.${type}`),
        }))}
        // Only what the form needs: no database ids reach the browser.
        relationships={org.relationships.map(({ key, label, description, queue, controllerPrompt }) => ({
          key,
          label,
          description,
          queue,
          controllerPrompt,
        }))}
        jurisdictions={jurisdictionsFor(intlTag[locale], (state) => labels("unitedStates", { state }))}
        defaultJurisdiction={isJurisdiction(org.defaultJurisdiction) ? org.defaultJurisdiction : ""}
      />
    </div>
  );
}
