// Every page of one organization's portal: its name and logo at the top, edged in its accent colour. The
// colour reaches the page only as the CSS custom property --org-accent, and only as "#rrggbb"
// (getPortalOrganization checks it again), so nothing typed into the settings can become CSS of its own.
import Link from "next/link";
import type { CSSProperties, ReactNode } from "react";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";

type Props = { children: ReactNode; params: Promise<{ orgSlug: string }> };

export default async function PortalOrganizationLayout({ children, params }: Props) {
  const org = await getPortalOrganization((await params).orgSlug);
  // Unknown organizations: the page answers 404 itself.
  if (!org) return children;
  const style = org.accentColor ? ({ "--org-accent": org.accentColor } as CSSProperties) : undefined;
  return (
    <div className="org-portal" style={style} data-testid="org-portal">
      <div className="org-brand">
        <Link href={`/${org.slug}`} className="org-brand__link">
          {org.logoVersion ? (
            // The name beside it says who this is: the logo itself is decoration for assistive technology.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={`/${org.slug}/logo?v=${org.logoVersion.slice(0, 16)}`} alt="" className="org-brand__logo" height={48} />
          ) : null}
          <span className="org-brand__name">{org.name}</span>
        </Link>
      </div>
      {children}
    </div>
  );
}
