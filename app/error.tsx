"use client";
// Shown when a page fails unexpectedly. It says nothing about the cause: details stay in the server log.
import { Button, ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { SiteChrome } from "@/components/site/site-chrome";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <SiteChrome>
      <PageHeader
        title="Something went wrong"
        description={
          <>
            <p>Sorry, this page could not be shown just now.</p>
            <p>Please try again in a moment. If it keeps happening, come back later.</p>
            {digest ? <p className="text-muted">Error reference: {digest}</p> : null}
          </>
        }
        actions={
          <>
            <Button onClick={() => retry()}>Try again</Button>
            <ButtonLink href="/" variant="secondary">
              Go to the start page
            </ButtonLink>
          </>
        }
      />
    </SiteChrome>
  );
}
