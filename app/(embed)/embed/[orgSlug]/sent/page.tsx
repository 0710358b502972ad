// /embed/{orgSlug}/sent — the confirmation inside the frame, with the same words as the portal's.
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

export default async function EmbeddedRequestSentPage({
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
    <div className="stack">
      <PageHeader title={t("title")} />
      <RequestSentNotice org={org} formHref={`/embed/${org.slug}`} sent={await searchParams} />
    </div>
  );
}
