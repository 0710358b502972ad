// /embed/{orgSlug} — the request form inside the organization's website: the portal's form, filed the same way.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PortalRequestForm } from "@/components/requests/portal-request-form";
import { PageHeader } from "@/components/ui/page-header";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";
import { promisedResponseTime } from "@/lib/organizations/promised-response-time";
import { submitEmbeddedRequestAction } from "@/app/(portal)/[orgSlug]/request/actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const org = await getPortalOrganization((await params).orgSlug);
  return { title: org ? `Make a privacy request to ${org.name}` : "Not found" };
}

export default async function EmbeddedRequestPage({ params }: Props) {
  const org = await getPortalOrganization((await params).orgSlug);
  if (!org) notFound();
  return (
    <div className="stack">
      <PageHeader
        title="Make a privacy request"
        description={
          <p>
            Tell {org.name} what you would like done with your personal data. We will email you to confirm it is you, and then{" "}
            {org.name} has {promisedResponseTime(org)} to answer.
          </p>
        }
      />
      <PortalRequestForm org={org} action={submitEmbeddedRequestAction.bind(null, org.slug)} />
    </div>
  );
}
