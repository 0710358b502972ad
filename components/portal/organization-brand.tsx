// The organization's name and logo, edged in its accent colour: the top of every portal page and of the
// embedded form. The colour reaches the page only as the CSS custom property --org-accent, and only as
// "#rrggbb" (getPortalOrganization checks it again), so nothing typed into the settings becomes CSS of its own.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CSSProperties } from "react";
import type { PortalOrganization } from "@/lib/organizations/get-portal-organization";

type Org = Pick<PortalOrganization, "slug" | "name" | "logoVersion" | "accentColor">;

export function accentStyle(org: Org): CSSProperties | undefined {
  return org.accentColor ? ({ "--org-accent": org.accentColor } as CSSProperties) : undefined;
}

/** `opensNewTab`: inside another website's page the portal opens beside it, not in the frame. */
export function OrganizationBrand({ org, opensNewTab = false }: { org: Org; opensNewTab?: boolean }) {
  const t = useTranslations("site");
  return (
    <div className="org-brand">
      <Link
        href={`/${org.slug}`}
        className="org-brand__link"
        {...(opensNewTab ? { target: "_blank", rel: "noopener" } : {})}
      >
        {org.logoVersion ? (
          // The name beside it says who this is: the logo itself is decoration for assistive technology.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={`/${org.slug}/logo?v=${org.logoVersion.slice(0, 16)}`} alt="" className="org-brand__logo" height={48} />
        ) : null}
        <span className="org-brand__name">{org.name}</span>
        {opensNewTab ? <span className="visually-hidden"> {t("opensInNewTab")}</span> : null}
      </Link>
    </div>
  );
}
