// The audit records of one organization that match the filters, as one condition: the page and the
// export read through it, so an export holds exactly what the filtered page lists.
import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { endOfZonedDay, parseIsoDate, startOfZonedDay } from "@/lib/deadlines/zoned-time";
import { REQUEST_TARGET_TYPE } from "./record-audit";
import type { AuditFilters } from "./schemas";

/** The condition for `filters` in the organization, or null when nothing can match (an unknown reference). */
export async function auditEventsWhere(
  organization: { id: string; timeZone: string },
  filters: AuditFilters,
): Promise<Prisma.AuditEventWhereInput | null> {
  const where: Prisma.AuditEventWhereInput = { organizationId: organization.id };
  if (filters.actor) where.actorEmail = { contains: filters.actor, mode: "insensitive" };
  // "request" is every request.* action; "request.assign" that one.
  if (filters.action) where.OR = [{ action: filters.action }, { action: { startsWith: `${filters.action}.` } }];
  if (filters.request) {
    const db = await getDb();
    const request = await db.privacyRequest.findFirst({
      where: { organizationId: organization.id, reference: filters.request },
      select: { id: true },
    });
    if (!request) return null;
    where.targetType = REQUEST_TARGET_TYPE;
    where.targetId = request.id;
  }
  if (filters.from || filters.to) {
    where.createdAt = {
      ...(filters.from ? { gte: startOfZonedDay(parseIsoDate(filters.from), organization.timeZone) } : {}),
      ...(filters.to ? { lte: endOfZonedDay(parseIsoDate(filters.to), organization.timeZone) } : {}),
    };
  }
  return where;
}
