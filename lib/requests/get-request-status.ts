// What a data subject sees on their private status page, looked up by the link's token.
import "server-only";
import { getDb } from "@/lib/db/client";
import type { Queue, RequestStatus, RequestType } from "@/lib/db/generated/enums";
import { hashLinkToken, looksLikeLinkToken } from "./tokens";

export type RequestStatusView = {
  reference: string;
  type: RequestType;
  queue: Queue;
  status: RequestStatus;
  controllerName: string | null;
  receivedAt: Date;
  verifiedAt: Date | null;
  dueAt: Date | null;
  organization: { name: string; legalName: string; privacyEmail: string; timeZone: string };
  history: { id: string; message: string; at: Date }[];
};

export type RequestStatusLookup = { found: true; request: RequestStatusView } | { found: false; reason: "unknown" | "expired" };

export async function getRequestStatus({ orgSlug, token, now }: { orgSlug: string; token: string; now: Date }): Promise<RequestStatusLookup> {
  if (!looksLikeLinkToken(token)) return { found: false, reason: "unknown" };
  const db = await getDb();
  const link = await db.requestToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      purpose: true,
      expiresAt: true,
      request: {
        select: {
          reference: true,
          type: true,
          queue: true,
          status: true,
          controllerName: true,
          receivedAt: true,
          verifiedAt: true,
          dueAt: true,
          organization: { select: { slug: true, name: true, legalName: true, privacyEmail: true, timeZone: true } },
          events: {
            where: { visibleToSubject: true },
            orderBy: { createdAt: "asc" },
            select: { id: true, message: true, createdAt: true },
          },
        },
      },
    },
  });
  if (!link || link.purpose !== "STATUS" || link.request.organization.slug !== orgSlug || !link.request.reference) {
    return { found: false, reason: "unknown" };
  }
  if (link.expiresAt && link.expiresAt <= now) return { found: false, reason: "expired" };

  const { request } = link;
  const { slug: _slug, ...organization } = request.organization;
  return {
    found: true,
    request: {
      reference: request.reference!,
      type: request.type,
      queue: request.queue,
      status: request.status,
      controllerName: request.controllerName,
      receivedAt: request.receivedAt,
      verifiedAt: request.verifiedAt,
      dueAt: request.dueAt,
      organization,
      history: request.events.map((e) => ({ id: e.id, message: e.message ?? "", at: e.createdAt })),
    },
  };
}
