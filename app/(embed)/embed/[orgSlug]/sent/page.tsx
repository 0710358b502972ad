// /embed/{orgSlug}/sent — the confirmation inside the frame, with the same words as the portal's.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RequestSentNotice } from "@/components/requests/request-sent-notice";
import { PageHeader } from "@/components/ui/page-header";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Check your email" };

export default async function EmbeddedRequestSentPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const org = await getPortalOrganization((await params).orgSlug);
  if (!org) notFound();
  return (
    <div className="stack">
      <PageHeader title="Check your email to confirm" />
      <RequestSentNotice org={org} formHref={`/embed/${org.slug}`} />
    </div>
  );
}
