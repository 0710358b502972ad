// Opens a verification link: the request becomes verified, lands in its queue with a reference and
// a due date, and the subject gets a private status link (shown now and emailed).
import { getDb } from "@/lib/db/client";
import { kickOutbox } from "@/lib/worker/background-worker";
import { statusLinkEmail } from "@/lib/email/templates/request-emails";
import { localeOf } from "@/lib/i18n/subject-words";
import { acceptRequest } from "./accept-request";
import { EVENT, verifiedMessage } from "./events";
import { hashLinkToken, looksLikeLinkToken } from "./tokens";

export type VerifyOutcome =
  | { outcome: "verified"; statusToken: string; reference: string }
  | { outcome: "already_verified" }
  | { outcome: "expired" }
  | { outcome: "invalid" };

export async function verifyRequest({ orgSlug, token, now }: { orgSlug: string; token: string; now: Date }): Promise<VerifyOutcome> {
  if (!looksLikeLinkToken(token)) return { outcome: "invalid" };
  const db = await getDb();

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
    const accepted = await acceptRequest(tx, {
      request,
      org,
      now,
      event: { kind: EVENT.VERIFIED, actor: "SUBJECT", message: verifiedMessage(org.name, request.controllerName) },
      email: ({ url, reference, dueAt, regime }) => ({
        to: request.subjectEmail,
        ...statusLinkEmail({ locale: localeOf(request.locale), org, subjectName: request.subjectName, reference, type: request.type, regime, dueAt, link: url }),
      }),
    });
    if (!accepted) return { outcome: "already_verified" };
    return { outcome: "verified", statusToken: accepted.statusToken, reference: accepted.reference };
  });

  if (result.outcome === "verified") kickOutbox();
  return result;
}
