"use client";
// Last resort when the root layout itself fails: its own document, the same stylesheet, no details.
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <html lang="en">
      <body>
        <title>Something went wrong · Rightsdesk</title>
        <main id="main" className="site-main">
          <div className="container">
            <header className="page-header">
              <h1 className="page-header__title">Something went wrong</h1>
              <div className="page-header__description">
                <p>Sorry, Rightsdesk could not show this page just now. Please try again in a moment.</p>
                {digest ? <p className="text-muted">Error reference: {digest}</p> : null}
              </div>
              <div className="page-header__actions">
                <button type="button" className="button button--primary" onClick={() => retry()}>
                  Try again
                </button>
                {/* A plain link: the app's router may be what failed. */}
                <a href="/" className="button button--secondary">
                  Go to the start page
                </a>
              </div>
            </header>
          </div>
        </main>
      </body>
    </html>
  );
}
