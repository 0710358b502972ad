// /{orgSlug}/request — the data subject's request form.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RequestFormPage, requestFormTitle } from "@/components/requests/request-form-page";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";
import { submitRequestAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await requestFormTitle(await getPortalOrganization((await params).orgSlug)) };
}

export default async function RequestPage({ params }: Props) {
  const org = await getPortalOrganization((await params).orgSlug);
  if (!org) notFound();
  return <RequestFormPage org={org} action={submitRequestAction.bind(null, org.slug)} className="stack narrow" />;
}
