// Whole pages: in the site's header and footer (with the language switcher on portal pages).
import type { ReactNode } from "react";
import { SiteChrome } from "@/components/site/site-chrome";
import { getPageLanguage } from "@/lib/i18n/get-page-locale";

export default async function ChromeLayout({ children }: { children: ReactNode }) {
  return <SiteChrome language={await getPageLanguage()}>{children}</SiteChrome>;
}
