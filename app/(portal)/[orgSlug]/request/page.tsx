// /{orgSlug}/request — the data subject's request form.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { PortalRequestForm } from "@/components/requests/portal-request-form";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";
import { promisedResponseTime } from "@/lib/organizations/promised-response-time";
import { submitRequestAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const org = await getPortalOrganization((await params).orgSlug);
  return { title: org ? `Make a privacy request to ${org.name}` : "Not found" };
}

export default async function RequestPage({ params }: Props) {
  const org = await getPortalOrganization((await params).orgSlug);
  if (!org) notFound();

  return (
    <div className="stack narrow">
      <PageHeader
        eyebrow={org.legalName}
        title={`Make a privacy request to ${org.name}`}
        description={
          <p>
            Tell us what you would like us to do with your personal data. We will email you to confirm it is you, and then{" "}
            {org.name} has {promisedResponseTime(org)} to answer.
          </p>
        }
      />
      <PortalRequestForm org={org} action={submitRequestAction.bind(null, org.slug)} />
    </div>
  );
}
