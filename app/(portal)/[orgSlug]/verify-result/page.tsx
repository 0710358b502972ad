// /{orgSlug}/verify-result — why a confirmation link did not confirm anything, and what to do next.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verifyResult"))("metaTitle") };
}

const OUTCOMES = {
  already_verified: { title: "alreadyVerifiedTitle", body: "alreadyVerifiedBody", tone: "info" },
  expired: { title: "expiredTitle", body: "expiredBody", tone: "warning" },
  invalid: { title: "invalidTitle", body: "invalidBody", tone: "warning" },
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
  const t = await getTranslations("verifyResult");
  const requested = (await searchParams).outcome;
  const outcome = OUTCOMES[requested === "already_verified" || requested === "expired" ? requested : "invalid"];
  return (
    <div className="stack narrow">
      <PageHeader eyebrow={org.legalName} title={t(outcome.title)} />
      <Alert tone={outcome.tone}>
        <p>{t(outcome.body)}</p>
      </Alert>
      <p>
        <ButtonLink href={`/${org.slug}/request`}>{t("newRequest")}</ButtonLink>
      </p>
      <p>{t.rich("questions", { contact: () => <a href={`mailto:${org.privacyEmail}`}>{org.privacyEmail}</a> })}</p>
    </div>
  );
}
