// The frame of every full page: skip link, site header, the main landmark and the footer. The route groups
// that are whole pages wrap themselves in it; the embedded request form (app/(embed)) lives inside another
// site's page and has none of it.
import Link from "next/link";
import type { ReactNode } from "react";

export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
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
    </>
  );
}
