// The root document, in the page's language: the subject's on portal pages, English for staff. The site's
// header and footer come from components/site/site-chrome.tsx, which each route group of whole pages puts
// around itself: the embeddable request form (app/(embed)) is a page inside another website and shows only the form.
import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";
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
  // Every page renders per request: Next.js writes its inline scripts with that request's CSP nonce
  // (proxy.ts); a page prerendered at build time would carry none and its scripts would be blocked.
  await connection();
  const page = await getPageLanguage();
  const messages = MESSAGES[page.locale];
  // Only what client components read: the form's words and errors, the shared form primitives, and the site's
  // frame (which the client-side error page also draws).
  const clientMessages = {
    ui: messages.ui,
    requestForm: messages.requestForm,
    validation: messages.validation,
    errorPage: messages.errorPage,
    site: messages.site,
  };
  return (
    <html lang={page.locale}>
      <body>
        <NextIntlClientProvider locale={page.locale} messages={clientMessages}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
