// The root document: skip link, site header, the main landmark every page renders into, and the footer. Its
// language is the page's: the subject's on portal pages (with the language switcher), English for staff.
import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { getPageLanguage } from "@/lib/i18n/get-page-locale";
import { MESSAGES } from "@/lib/i18n/messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return {
    title: { template: "%s · Rightsdesk", default: "Rightsdesk" },
    description: t("description"),
  };
}

export const viewport: Viewport = {
  themeColor: "#1b4a7a",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const page = await getPageLanguage();
  const t = await getTranslations("site");
  const messages = MESSAGES[page.locale];
  // Only what client components read: the form's words and errors, and the shared form primitives.
  const clientMessages = { ui: messages.ui, requestForm: messages.requestForm, validation: messages.validation, errorPage: messages.errorPage };
  return (
    <html lang={page.locale}>
      <body>
        <NextIntlClientProvider locale={page.locale} messages={clientMessages}>
          <a href="#main" className="skip-link">
            {t("skipLink")}
          </a>
          <header className="site-header">
            <div className="container site-header__inner">
              <Link href="/" className="wordmark">
                <span className="wordmark__mark" aria-hidden="true" />
                Rightsdesk
              </Link>
              {page.isPortal ? <LanguageSwitcher current={page.locale} returnTo={page.path} /> : null}
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
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
