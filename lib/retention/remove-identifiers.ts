// Retention: a closed request keeps its subject's identifiers for the organization's retention period
// (retentionMonths after closure, 24 by default), then the worker replaces them with a tombstone. What stays
// is the anonymised log row (reference, type, dates, status, outcome, who worked it) and the audit trail;
// what goes is the name, email, free text, files, status links and the text of every history entry.
//
// Exactly once per request: rows are claimed with FOR UPDATE SKIP LOCKED among those not yet done, and the
// tombstone, its history entry and its audit record commit together.
import { REQUEST_TARGET_TYPE } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import { EVENT } from "@/lib/requests/events";

/** What a redacted history entry says. The database trigger allows exactly this change and no other. */
export const REDACTED_MESSAGE = "[removed at the end of the retention period]";
export const REMOVED_NAME = "[removed]";
/** Unique per request (subjectEmail is indexed and looked up), never deliverable (.invalid, RFC 2606). */
export const removedEmail = (requestId: string) => `removed-${requestId}@rightsdesk.invalid`;

const BATCH = 200;

export type RetentionReport = { removed: number };

/** Removes the identifiers of up to `limit` requests whose retention period has ended by `now`. */
export async function removeExpiredIdentifiers({ now, limit = BATCH }: { now: Date; limit?: number }): Promise<RetentionReport> {
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const due = await tx.$queryRaw<{ id: string; organizationId: string; subjectEmail: string; retentionMonths: number }[]>`
        SELECT r.id, r."organizationId", r."subjectEmail", o."retentionMonths"
        FROM "PrivacyRequest" AS r JOIN "Organization" AS o ON o.id = r."organizationId"
        WHERE r."identifiersRemovedAt" IS NULL AND r."closedAt" IS NOT NULL
          AND r."closedAt" <= ${now}::timestamp - make_interval(months => o."retentionMonths")
        ORDER BY r."closedAt"
        LIMIT ${limit}
        FOR UPDATE OF r SKIP LOCKED`;
      if (due.length === 0) return { removed: 0 };
      const ids = due.map((r) => r.id);

      // Emails already sent to the subject carry their name, address and links; pending ones still go out.
      for (const { organizationId, subjectEmail } of due) {
        await tx.outboxEmail.deleteMany({ where: { organizationId, toAddress: subjectEmail, status: { not: "PENDING" } } });
      }
      await tx.requestFile.deleteMany({ where: { requestId: { in: ids } } });
      await tx.requestToken.deleteMany({ where: { requestId: { in: ids } } });
      await tx.$executeRaw`
        UPDATE "RequestEvent" SET message = ${REDACTED_MESSAGE}, data = NULL
        WHERE "requestId" = ANY(${ids}::uuid[]) AND (message IS DISTINCT FROM ${REDACTED_MESSAGE} OR data IS NOT NULL)`;
      await tx.$executeRaw`
        UPDATE "PrivacyRequest"
        SET "subjectName" = ${REMOVED_NAME}, "subjectEmail" = 'removed-' || id::text || '@rightsdesk.invalid',
            details = NULL, "correctionWrong" = NULL, "correctionRight" = NULL, "identifiersRemovedAt" = ${now}
        WHERE id = ANY(${ids}::uuid[])`;
      await tx.requestEvent.createMany({
        data: due.map((r) => ({
          organizationId: r.organizationId,
          requestId: r.id,
          kind: EVENT.IDENTIFIERS_REMOVED,
          actor: "SYSTEM" as const,
          visibleToSubject: false,
          message: `The subject's identifiers were removed ${r.retentionMonths} months after the request was closed.`,
          createdAt: now,
        })),
      });
      await tx.auditEvent.createMany({
        data: due.map((r) => ({
          organizationId: r.organizationId,
          actorUserId: null,
          actorEmail: null,
          ip: "system",
          action: "request.identifiers_removed",
          targetType: REQUEST_TARGET_TYPE,
          targetId: r.id,
          after: { retentionMonths: r.retentionMonths, identifiersRemovedAt: now.toISOString() },
        })),
      });
      return { removed: due.length };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
