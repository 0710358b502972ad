// The request form as an organization embeds it in its own website (public/embed.js puts this page in an
// iframe): its branding and the form, without the site's header and footer. Any site may frame these pages
// (next.config.mjs): filing still needs the subject to confirm their email, so a framing site gains nothing.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { EmbedHeightReporter } from "@/components/embed/embed-height-reporter";
import { accentStyle, OrganizationBrand } from "@/components/portal/organization-brand";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { children: ReactNode; params: Promise<{ orgSlug: string }> };

export default async function EmbedLayout({ children, params }: Props) {
  const org = await getPortalOrganization((await params).orgSlug);
  return (
    <main id="main" className="embed" style={org ? accentStyle(org) : undefined} data-testid="embedded-form">
      {org ? <OrganizationBrand org={org} opensNewTab /> : null}
      {children}
      <EmbedHeightReporter />
    </main>
  );
}
