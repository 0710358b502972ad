// /{orgSlug}/request/sent — shown after every accepted request, with the same words whoever sent it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RequestSentNotice } from "@/components/requests/request-sent-notice";
import { PageHeader } from "@/components/ui/page-header";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Check your email" };

export default async function RequestSentPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const org = await getPortalOrganization((await params).orgSlug);
  if (!org) notFound();
  return (
    <div className="stack narrow">
      <PageHeader eyebrow={org.legalName} title="Check your email to confirm" />
      <RequestSentNotice org={org} formHref={`/${org.slug}/request`} />
    </div>
  );
}
