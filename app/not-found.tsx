// The friendly 404, for unknown addresses and for organizations that do not exist, in the page's language.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notFound"))("metaTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <PageHeader
      title={t("title")}
      description={<p>{t("body")}</p>}
      actions={<ButtonLink href="/">{t("allOrganizations")}</ButtonLink>}
    />
  );
}
