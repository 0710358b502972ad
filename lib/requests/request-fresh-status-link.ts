// "Email me a new link" on the page of an expired status link. The subject types their email address; when
// it is the address of the request that expired link belongs to, the request's subject gets a fresh status
// link by email (in the request's language). The answer is the same whether or not a request matched, and
// it is given before anything is looked up: the caller runs `send` after answering (next/server `after`), so
// neither the words nor the time taken say whether the link, the request or the address exist.
import "server-only";
import { getDb } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { freshStatusLinkEmail } from "@/lib/email/templates/request-emails";
import { getEnv } from "@/lib/env";
import { localeOf } from "@/lib/i18n/subject-words";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { rateLimitAddress } from "@/lib/rate-limit/rate-limit-address";
import { kickOutbox } from "@/lib/worker/background-worker";
import { fieldErrorsFrom } from "./action-schemas";
import { issueStatusLink } from "./issue-status-link";
import { freshStatusLinkSchema, type TranslateRequestMessage } from "./schemas";
import { isStatusLinkExpired } from "./status-link-lifetime";
import { hashLinkToken, looksLikeLinkToken } from "./tokens";

export type FreshStatusLinkResult =
  | { kind: "invalid"; fieldErrors: Partial<Record<string, string[]>> }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  /** The same for every address: `send` emails the fresh link when, and only when, it should. */
  | { kind: "accepted"; send: () => Promise<void> };

export async function requestFreshStatusLink(args: {
  orgSlug: string;
  token: string;
  raw: unknown;
  ip: string;
  now: Date;
  translate?: TranslateRequestMessage;
}): Promise<FreshStatusLinkResult> {
  const parsed = freshStatusLinkSchema(args.translate).safeParse(args.raw);
  if (!parsed.success) return { kind: "invalid", fieldErrors: fieldErrorsFrom(parsed.error) };
  const { email } = parsed.data;

  // Counted per typed address and per client address whatever the link, so the limit says nothing either.
  const env = getEnv();
  const limits = [
    await hitRateLimit({ key: `status-link:address:${email}`, max: env.SIGNIN_LINK_RATE_LIMIT_MAX, windowSeconds: env.SIGNIN_RATE_LIMIT_WINDOW_SECONDS, now: args.now }),
    await hitRateLimit({ key: `status-link:ip:${rateLimitAddress(args.ip)}`, max: env.RATE_LIMIT_MAX, windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS, now: args.now }),
  ];
  const waits = limits.flatMap((l) => (l.allowed ? [] : [l.retryAfterSeconds]));
  if (waits.length > 0) return { kind: "rate_limited", retryAfterSeconds: Math.max(...waits) };

  return { kind: "accepted", send: () => sendFreshStatusLink({ orgSlug: args.orgSlug, token: args.token, email, now: args.now }) };
}

async function sendFreshStatusLink({ orgSlug, token, email, now }: { orgSlug: string; token: string; email: string; now: Date }): Promise<void> {
  if (!looksLikeLinkToken(token)) return;
  const db = await getDb();
  const link = await db.requestToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      purpose: true,
      expiresAt: true,
      createdAt: true,
      request: {
        select: {
          id: true,
          organizationId: true,
          reference: true,
          subjectName: true,
          subjectEmail: true,
          locale: true,
          closedAt: true,
          organization: { select: { id: true, slug: true, name: true, legalName: true, privacyEmail: true, statusLinkDaysAfterClose: true } },
        },
      },
    },
  });
  if (!link || link.purpose !== "STATUS" || !link.request.reference) return;
  const { request } = link;
  const org = request.organization;
  // Only the expired link's own request, of the organization in the address, to the address it was made with.
  if (org.slug !== orgSlug || request.organizationId !== org.id) return;
  if (!isStatusLinkExpired(link, request, org.statusLinkDaysAfterClose, now)) return;
  if (request.subjectEmail.trim().toLowerCase() !== email) return;

  await db.$transaction(async (tx) => {
    const fresh = await issueStatusLink(tx, { organizationId: org.id, orgSlug: org.slug, requestId: request.id, now });
    const message = freshStatusLinkEmail({
      locale: localeOf(request.locale),
      org,
      subjectName: request.subjectName,
      reference: request.reference!,
      days: org.statusLinkDaysAfterClose,
      link: fresh.url,
    });
    await enqueueEmail(tx, { organizationId: org.id, to: request.subjectEmail, ...message });
  });
  kickOutbox();
}
