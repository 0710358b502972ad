// The friendly 404, for unknown addresses and for organizations that do not exist.
import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { SiteChrome } from "@/components/site/site-chrome";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <SiteChrome>
      <PageHeader
        title="We couldn't find that page"
        description={
          <p>
            The address may be mistyped, or the page may have moved. If you followed a link to an
            organization&apos;s privacy page, check the name in the address.
          </p>
        }
        actions={<ButtonLink href="/">See all organizations</ButtonLink>}
      />
    </SiteChrome>
  );
}
