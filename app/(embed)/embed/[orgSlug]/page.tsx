// /embed/{orgSlug} — the request form inside the organization's website: the portal's form, words and action.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PortalRequestForm } from "@/components/requests/portal-request-form";
import { PageHeader } from "@/components/ui/page-header";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";
import { promisedResponseTime } from "@/lib/organizations/promised-response-time";
import { submitEmbeddedRequestAction } from "@/app/(portal)/[orgSlug]/request/actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const org = await getPortalOrganization((await params).orgSlug);
  if (!org) return { title: (await getTranslations("notFound"))("metaTitle") };
  return { title: (await getTranslations("requestPage"))("title", { organization: org.name }) };
}

export default async function EmbeddedRequestPage({ params }: Props) {
  const org = await getPortalOrganization((await params).orgSlug);
  if (!org) notFound();
  const t = await getTranslations("requestPage");
  const labels = await getTranslations("labels");
  return (
    <div className="stack">
      <PageHeader
        title={t("title", { organization: org.name })}
        description={<p>{t("intro", { organization: org.name, period: labels("period", { ...promisedResponseTime(org), form: "duration" }) })}</p>}
      />
      <PortalRequestForm org={org} action={submitEmbeddedRequestAction.bind(null, org.slug)} />
    </div>
  );
}
