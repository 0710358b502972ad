// The frame of every full page: skip link, site header (with the language switcher on portal pages), the main
// landmark and the footer. The route groups that are whole pages wrap themselves in it; the embedded request
// form (app/(embed)) lives inside another site's page and has none of it. A plain component, so the client-side
// error page can draw it too (without the switcher, which needs the request's path).
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import type { PageLanguage } from "@/lib/i18n/get-page-locale";

export function SiteChrome({ children, language }: { children: ReactNode; language?: PageLanguage }) {
  const t = useTranslations("site");
  return (
    <>
      <a href="#main" className="skip-link">
        {t("skipLink")}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link href="/" className="wordmark">
            <span className="wordmark__mark" aria-hidden="true" />
            Rightsdesk
          </Link>
          {language?.isPortal ? <LanguageSwitcher current={language.locale} returnTo={language.path} /> : null}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <div className="container">{children}</div>
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p>{t("footerAbout")}</p>
          <p>
            <Link href="/">{t("allOrganizations")}</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
