"use client";
// Shown when a page fails unexpectedly, in the page's language. It says nothing about the cause: details stay in
// the server log. It renders outside the route groups' layouts, so it draws the site's frame itself.
import { useTranslations } from "next-intl";
import { SiteChrome } from "@/components/site/site-chrome";
import { Button, ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errorPage");
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <SiteChrome>
      <PageHeader
        title={t("title")}
        description={
          <>
            <p>{t("sorry")}</p>
            <p>{t("tryLater")}</p>
            {digest ? <p className="text-muted">{t("reference", { digest })}</p> : null}
          </>
        }
        actions={
          <>
            <Button onClick={() => retry()}>{t("retry")}</Button>
            <ButtonLink href="/" variant="secondary">
              {t("home")}
            </ButtonLink>
          </>
        }
      />
    </SiteChrome>
  );
}
