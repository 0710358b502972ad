// Everything the settings page shows for one organization, read for a member with "admin" (the page checks),
// scoped to that organization inside every query.
import "server-only";
import { getDb } from "@/lib/db/client";
import type { ClockStart, Queue, Regime, RequestType, UkRegion } from "@/lib/db/generated/enums";

export type OrganizationSettings = {
  id: string;
  slug: string;
  name: string;
  legalName: string;
  tagline: string | null;
  website: string | null;
  policyUrl: string | null;
  privacyEmail: string;
  privacyContactName: string | null;
  postalAddress: string | null;
  country: string;
  defaultJurisdiction: string;
  regulatorName: string | null;
  regulatorUrl: string | null;
  laws: string[];
  regimes: Regime[];
  timeZone: string;
  locale: string;
  accentColor: string | null;
  logo: { sha256: string; contentType: string; size: number } | null;
  requestTypes: RequestType[];
  relationships: { id: string; key: string; label: string; description: string | null; queue: Queue; controllerPrompt: string | null; requestCount: number }[];
  customers: { id: string; name: string; contactEmail: string; requestCount: number }[];
  regime: Regime;
  clockStart: ClockStart;
  holidayRegion: UkRegion;
  responseDays: number;
  responseBusinessDays: boolean;
  extensionMaxDays: number;
  reminderDaysBefore: number[];
  remindOverdueDaily: boolean;
  subjectReplyDays: number;
  verificationTtlHours: number;
  downloadTtlDays: number;
  statusLinkDaysAfterClose: number;
  retentionMonths: number;
};

export async function getOrganizationSettings(organizationId: string): Promise<OrganizationSettings> {
  const db = await getDb();
  const { relationships, customers, logo, createdAt: _c, updatedAt: _u, ...org } = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    include: {
      relationships: { orderBy: [{ position: "asc" }, { label: "asc" }], include: { _count: { select: { requests: true } } } },
      customers: { orderBy: { name: "asc" }, include: { _count: { select: { requests: true } } } },
      logo: { select: { sha256: true, contentType: true } },
    },
  });
  const logoSize = logo
    ? (await db.$queryRaw<{ size: number }[]>`SELECT octet_length(data)::int AS size FROM "OrganizationLogo" WHERE "organizationId" = ${organizationId}::uuid`)[0]?.size ?? 0
    : 0;
  return {
    ...org,
    logo: logo ? { ...logo, size: logoSize } : null,
    relationships: relationships.map(({ _count, organizationId: _o, position: _p, ...r }) => ({ ...r, requestCount: _count.requests })),
    customers: customers.map(({ _count, organizationId: _o, createdAt: _c2, ...c }) => ({ ...c, requestCount: _count.requests })),
  };
}
