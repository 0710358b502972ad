// The root document. The site's header and footer come from components/site/site-chrome.tsx, which each
// route group of whole pages puts around itself: the embeddable request form (app/(embed)) is a page
// inside another organization's website and shows only the form.
import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { template: "%s · Rightsdesk", default: "Rightsdesk" },
  description: "Ask an organization what personal data it holds about you, and have it corrected, exported or deleted.",
};

export const viewport: Viewport = {
  themeColor: "#1b4a7a",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: Next.js writes its inline scripts with that request's CSP nonce
  // (proxy.ts); a page prerendered at build time would carry none and its scripts would be blocked.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
