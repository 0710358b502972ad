// /{orgSlug}/request/sent — shown after every accepted request, with the same words whoever sent it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RequestSentNotice, type SentRequest } from "@/components/requests/request-sent-notice";
import { PageHeader } from "@/components/ui/page-header";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sentPage"))("metaTitle") };
}

export default async function RequestSentPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<SentRequest>;
}) {
  const org = await getPortalOrganization((await params).orgSlug);
  if (!org) notFound();
  const t = await getTranslations("sentPage");
  return (
    <div className="stack narrow">
      <PageHeader eyebrow={org.legalName} title={t("title")} />
      <RequestSentNotice org={org} formHref={`/${org.slug}/request`} sent={await searchParams} />
    </div>
  );
}
