// The logo of the organization behind a portal slug, for the /{orgSlug}/logo route.
import "server-only";
import { getDb } from "@/lib/db/client";
import { isPortalSlug } from "./get-portal-organization";

export type OrganizationLogoFile = { contentType: string; data: Uint8Array; sha256: string; updatedAt: Date };

export async function getOrganizationLogo(slug: string): Promise<OrganizationLogoFile | null> {
  if (!isPortalSlug(slug)) return null;
  const db = await getDb();
  const logo = await db.organizationLogo.findFirst({
    where: { organization: { slug } },
    select: { contentType: true, data: true, sha256: true, updatedAt: true },
  });
  return logo;
}
