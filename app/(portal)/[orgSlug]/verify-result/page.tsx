// /{orgSlug}/verify-result — why a confirmation link did not confirm anything, and what to do next.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirmation link" };

const OUTCOMES = {
  already_verified: {
    title: "This request is already confirmed",
    tone: "info",
    body: "This confirmation link has been used before, so your request is already with the privacy team. We emailed you a private link to follow it: look for the email that says your request is confirmed.",
  },
  expired: {
    title: "This confirmation link has expired",
    tone: "warning",
    body: "For your safety, confirmation links only work for a limited time. Your request was not confirmed. Please send it again and open the new link soon.",
  },
  invalid: {
    title: "We don't recognise this link",
    tone: "warning",
    body: "The link may be incomplete: some email programs cut long links. Try copying the whole address from the email into your browser, or send your request again.",
  },
} as const;

export default async function VerifyResultPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<{ outcome?: string }>;
}) {
  const org = await getPortalOrganization((await params).orgSlug);
  if (!org) notFound();
  const requested = (await searchParams).outcome;
  const outcome = OUTCOMES[requested === "already_verified" || requested === "expired" ? requested : "invalid"];
  return (
    <div className="stack narrow">
      <PageHeader eyebrow={org.legalName} title={outcome.title} />
      <Alert tone={outcome.tone}>
        <p>{outcome.body}</p>
      </Alert>
      <p>
        <ButtonLink href={`/${org.slug}/request`}>Make a new request</ButtonLink>
      </p>
      <p>
        Questions? Write to <a href={`mailto:${org.privacyEmail}`}>{org.privacyEmail}</a>.
      </p>
    </div>
  );
}
