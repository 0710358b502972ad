// The friendly 404, for unknown addresses and for organizations that do not exist, in the page's language.
// It renders outside the route groups' layouts, so it draws the site's frame itself.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SiteChrome } from "@/components/site/site-chrome";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getPageLanguage } from "@/lib/i18n/get-page-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notFound"))("metaTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <SiteChrome language={await getPageLanguage()}>
      <PageHeader
        title={t("title")}
        description={<p>{t("body")}</p>}
        actions={<ButtonLink href="/">{t("allOrganizations")}</ButtonLink>}
      />
    </SiteChrome>
  );
}
