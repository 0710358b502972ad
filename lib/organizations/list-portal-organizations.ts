// Every organization that has a portal here, for the public front page.
import "server-only";
import { getDb } from "@/lib/db/client";
import { countryName } from "./get-portal-organization";

export type PortalOrganizationSummary = {
  slug: string;
  name: string;
  legalName: string;
  tagline: string | null;
  /** ISO 3166-1 alpha-2 code and its English name. */
  country: string;
  countryName: string;
};

/** Organizations ordered by name (slug breaks ties, so the order never changes between loads). */
export async function listPortalOrganizations(): Promise<PortalOrganizationSummary[]> {
  const db = await getDb();
  const rows = await db.organization.findMany({
    select: { slug: true, name: true, legalName: true, tagline: true, country: true },
    orderBy: [{ name: "asc" }, { slug: "asc" }],
  });
  return rows.map((row) => ({ ...row, countryName: countryName(row.country) }));
}
