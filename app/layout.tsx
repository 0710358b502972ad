// The root document: skip link, site header, the main landmark every page renders into, and the footer.
import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { template: "%s · Rightsdesk", default: "Rightsdesk" },
  description: "Ask an organization what personal data it holds about you, and have it corrected, exported or deleted.",
};

export const viewport: Viewport = {
  themeColor: "#1b4a7a",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link href="/" className="wordmark">
              <span className="wordmark__mark" aria-hidden="true" />
              Rightsdesk
            </Link>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="site-main">
          <div className="container">{children}</div>
        </main>
        <footer className="site-footer">
          <div className="container site-footer__inner">
            <p>
              Rightsdesk is open-source software for privacy requests. Each organization here answers its own
              requests.
            </p>
            <p>
              <Link href="/">All organizations</Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
