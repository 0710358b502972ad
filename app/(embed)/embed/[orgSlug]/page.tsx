// /embed/{orgSlug} — the request form inside the organization's website: the portal's form, words and intake;
// after sending, the confirmation stays in the frame.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RequestFormPage, requestFormTitle } from "@/components/requests/request-form-page";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";
import { submitEmbeddedRequestAction } from "@/app/(portal)/[orgSlug]/request/actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await requestFormTitle(await getPortalOrganization((await params).orgSlug)) };
}

export default async function EmbeddedRequestPage({ params }: Props) {
  const org = await getPortalOrganization((await params).orgSlug);
  if (!org) notFound();
  return <RequestFormPage org={org} action={submitEmbeddedRequestAction.bind(null, org.slug)} className="stack" />;
}
