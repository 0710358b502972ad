// The public face of one organization, resolved from the portal URL's slug: what a data subject may see.
import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import type { Queue, Regime, RequestType } from "@/lib/db/generated/enums";
import { REQUEST_TYPES } from "@/lib/requests/labels";
import { isAccentColor } from "./settings-schemas";

export type PortalRelationship = {
  /** Server-side only: the request module stores it on the request. Never send it to the browser. */
  id: string;
  key: string;
  label: string;
  description: string | null;
  queue: Queue;
  controllerPrompt: string | null;
};

export type PortalOrganization = {
  /** Server-side only: the request module needs it. Never send it to the browser. */
  id: string;
  slug: string;
  name: string;
  legalName: string;
  tagline: string | null;
  /** Only http(s) addresses survive; anything else becomes null. */
  website: string | null;
  policyUrl: string | null;
  privacyEmail: string;
  privacyContactName: string | null;
  postalAddress: string | null;
  /** ISO 3166-1 alpha-2 code and its English name. */
  country: string;
  countryName: string;
  regulatorName: string | null;
  regulatorUrl: string | null;
  laws: string[];
  /** The types a subject can ask for, as the organization's settings offer them, in canonical order. */
  requestTypes: RequestType[];
  timeZone: string;
  locale: string;
  defaultJurisdiction: string;
  responseDays: number;
  /** The organization's own deadline rule (a subject's law may set another: lib/requests/request-deadline.ts). */
  regime: Regime;
  /** The laws whose deadlines it applies to the people they protect. */
  regimes: Regime[];
  responseBusinessDays: boolean;
  verificationTtlHours: number;
  /** "#rrggbb", checked again on the way out: it reaches a CSS custom property. */
  accentColor: string | null;
  /** The logo's SHA-256 (its URL carries it, so a new logo is fetched at once), or null without a logo. */
  logoVersion: string | null;
  relationships: PortalRelationship[];
};

const SLUG = /^[a-z0-9-]{1,64}$/;

/** Whether a string from a URL can be an organization slug at all (checked before any query). */
export function isPortalSlug(slug: string): boolean {
  return SLUG.test(slug);
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** English name of an ISO 3166-1 alpha-2 code; the code itself when unknown. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

// Staff type these addresses in; a page must never render a javascript: or data: link from them.
function httpUrlOrNull(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

type OrganizationRow = Omit<PortalOrganization, "countryName" | "logoVersion"> & { logoSha256: string | null };

/**
 * The organization behind /{slug}, or null when the slug is malformed or unknown. Cached per request, so a
 * page and its generateMetadata share one query. One raw statement: every public page and every filing
 * reads this, and through the ORM (organization, logo, relationships) it cost ~1 ms of CPU compiling
 * its query each time (docs/benchmarks.md).
 */
export const getPortalOrganization = cache(async (slug: string): Promise<PortalOrganization | null> => {
  if (!isPortalSlug(slug)) return null;
  const db = await getDb();
  const [org] = await db.$queryRaw<OrganizationRow[]>`
    SELECT o.id, o.slug, o.name, o."legalName", o.tagline, o.website, o."policyUrl", o."privacyEmail", o."privacyContactName",
      o."postalAddress", o.country, o."regulatorName", o."regulatorUrl", o.laws, o."requestTypes"::text[] AS "requestTypes",
      o."timeZone", o.locale, o."defaultJurisdiction", o."responseDays", o.regime::text AS regime, o.regimes::text[] AS regimes, o."responseBusinessDays",
      o."verificationTtlHours", o."accentColor", l.sha256 AS "logoSha256",
      COALESCE((
        SELECT json_agg(json_build_object('id', r.id, 'key', r.key, 'label', r.label, 'description', r.description,
          'queue', r.queue, 'controllerPrompt', r."controllerPrompt") ORDER BY r.position, r.label)
        FROM "Relationship" r WHERE r."organizationId" = o.id
      ), '[]'::json) AS relationships
    FROM "Organization" o LEFT JOIN "OrganizationLogo" l ON l."organizationId" = o.id
    WHERE o.slug = ${slug}`;
  if (!org) return null;

  const { logoSha256, ...rest } = org;
  const offered = new Set<RequestType>(org.requestTypes);
  return {
    ...rest,
    accentColor: isAccentColor(org.accentColor) ? org.accentColor : null,
    logoVersion: logoSha256,
    website: httpUrlOrNull(org.website),
    policyUrl: httpUrlOrNull(org.policyUrl),
    regulatorUrl: httpUrlOrNull(org.regulatorUrl),
    countryName: countryName(org.country),
    requestTypes: REQUEST_TYPES.filter((type) => offered.has(type)),
  };
});
