// Whole pages: in the site's header and footer.
import type { ReactNode } from "react";
import { SiteChrome } from "@/components/site/site-chrome";

export default function ChromeLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
