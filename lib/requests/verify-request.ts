// Opens a verification link: the request becomes verified, lands in its queue with a reference and
// a due date, and the subject gets a private status link (shown now and emailed).
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { kickOutbox } from "@/lib/email/outbox-worker";
import { statusLinkEmail } from "@/lib/email/templates/request-emails";
import { computeDeadline } from "@/lib/deadlines";
import { toZonedDate } from "@/lib/deadlines/zoned-time";
import { formatDate } from "@/lib/format/format-date";
import { EVENT, verifiedMessage } from "./events";
import { formatReference } from "./reference";
import { createLinkToken, hashLinkToken, looksLikeLinkToken } from "./tokens";

export type VerifyOutcome =
  | { outcome: "verified"; statusToken: string; reference: string }
  | { outcome: "already_verified" }
  | { outcome: "expired" }
  | { outcome: "invalid" };

export async function verifyRequest({ orgSlug, token, now }: { orgSlug: string; token: string; now: Date }): Promise<VerifyOutcome> {
  if (!looksLikeLinkToken(token)) return { outcome: "invalid" };
  const db = await getDb();
  const status = createLinkToken();

  const result = await db.$transaction(async (tx): Promise<VerifyOutcome> => {
    const link = await tx.requestToken.findUnique({
      where: { tokenHash: hashLinkToken(token) },
      include: { request: { include: { organization: true } } },
    });
    // A token of another organization is as unknown as a made-up one.
    if (!link || link.purpose !== "VERIFY" || link.request.organization.slug !== orgSlug) return { outcome: "invalid" };
    if (link.usedAt) return { outcome: "already_verified" };
    if (link.expiresAt && link.expiresAt <= now) return { outcome: "expired" };

    // Single use even when the link is opened twice at once: only one update finds it unused.
    const claimed = await tx.requestToken.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return { outcome: "already_verified" };

    const { request } = link;
    const org = request.organization;
    const year = toZonedDate(now, org.timeZone).year;
    const [counter] = await tx.$queryRaw<{ value: number }[]>`
      INSERT INTO "RequestCounter" ("organizationId", year, value) VALUES (${org.id}::uuid, ${year}, 1)
      ON CONFLICT ("organizationId", year) DO UPDATE SET value = "RequestCounter".value + 1
      RETURNING value`;
    const reference = formatReference(org.slug, year, Number(counter!.value));
    const { dueAt } = computeDeadline({ verifiedAt: now, timeZone: org.timeZone, responseDays: org.responseDays });

    const updated = await tx.privacyRequest.updateMany({
      where: { id: request.id, organizationId: org.id, status: "PENDING_VERIFICATION" },
      data: { status: "NEW", verifiedAt: now, reference, dueAt },
    });
    if (updated.count !== 1) return { outcome: "already_verified" };

    await tx.requestToken.create({
      data: { organizationId: org.id, requestId: request.id, purpose: "STATUS", tokenHash: status.tokenHash },
    });
    await tx.requestEvent.create({
      data: {
        organizationId: org.id,
        requestId: request.id,
        kind: EVENT.VERIFIED,
        actor: "SUBJECT",
        visibleToSubject: true,
        message: verifiedMessage(org.name, request.controllerName),
        data: { reference, dueAt: dueAt.toISOString(), queue: request.queue },
      },
    });
    const email = statusLinkEmail({
      org,
      subjectName: request.subjectName,
      reference,
      type: request.type,
      dueAt: formatDate(dueAt, org.timeZone),
      link: `${getEnv().APP_URL}/${org.slug}/status/${status.token}`,
    });
    await enqueueEmail(tx, { organizationId: org.id, to: request.subjectEmail, ...email });
    return { outcome: "verified", statusToken: status.token, reference };
  });

  if (result.outcome === "verified") kickOutbox();
  return result;
}
