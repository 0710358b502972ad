// Every page of one organization's portal: its name and logo at the top, edged in its accent colour.
import type { ReactNode } from "react";
import { accentStyle, OrganizationBrand } from "@/components/portal/organization-brand";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";

type Props = { children: ReactNode; params: Promise<{ orgSlug: string }> };

export default async function PortalOrganizationLayout({ children, params }: Props) {
  const org = await getPortalOrganization((await params).orgSlug);
  // Unknown organizations: the page answers 404 itself.
  if (!org) return children;
  return (
    <div className="org-portal" style={accentStyle(org)} data-testid="org-portal">
      <OrganizationBrand org={org} />
      {children}
    </div>
  );
}
