// /{orgSlug}/request/sent — shown after every accepted request, with the same words whoever sent it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
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
      <Alert tone="success" title="Your request has been sent">
        <p>
          We have sent an email with a confirmation link to the address you gave. Open it within {org.verificationTtlHours} hours to
          confirm the request is yours. {org.name} starts working on it once you do.
        </p>
      </Alert>
      <p>
        No email after a few minutes? Check your spam folder. If it is not there, you can{" "}
        <a href={`/${org.slug}/request`}>send the request again</a> or write to{" "}
        <a href={`mailto:${org.privacyEmail}`}>{org.privacyEmail}</a>.
      </p>
    </div>
  );
}
