// What a data subject sees on their private status page, looked up by the link's token.
import "server-only";
import { getDb } from "@/lib/db/client";
import type { Queue, Regime, RequestOutcome, RequestStatus, RequestType } from "@/lib/db/generated/enums";
import { EVENT } from "./events";
import { waitingOnSubject, type WaitingOnSubject } from "./pauses";
import { isStatusLinkExpired } from "./status-link-lifetime";
import { hashLinkToken, looksLikeLinkToken } from "./tokens";

export type RequestStatusView = {
  reference: string;
  type: RequestType;
  queue: Queue;
  status: RequestStatus;
  controllerName: string | null;
  channel: string;
  receivedAt: Date;
  verifiedAt: Date | null;
  dueAt: Date | null;
  /** The law the request is held to (which gives dueAt); null before verification. */
  regime: Regime | null;
  closedAt: Date | null;
  outcome: RequestOutcome | null;
  denialReason: string | null;
  /** The customer (controller) the request was passed to, in the processor queue. */
  forwardedTo: { name: string; contactEmail: string; at: Date } | null;
  /** The question the subject is asked to answer, while the request waits on them. */
  openQuestion: string | null;
  /** While the request waits on them: the end of the day by which they are asked to answer. */
  answerBy: Date | null;
  /** While the request waits on them: what for, and whether the law that applies stops the clock for it. */
  waiting: WaitingOnSubject | null;
  /** The one extension of the deadline, if any: when, and the reason they were given (dueAt is the new date). */
  extension: { at: Date; reason: string } | null;
  /** The files of the answer; `isAvailable` is false once their download period has ended. */
  files: { id: string; filename: string; size: number; availableUntil: Date | null; isAvailable: boolean }[];
  organization: { name: string; legalName: string; privacyEmail: string; timeZone: string };
  /** `message` is the stored English sentence; the page words each entry from kind and data (subject-history.ts). */
  history: { id: string; kind: string; actor: string; message: string; data: unknown; at: Date }[];
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
      createdAt: true,
      request: {
        select: {
          reference: true,
          type: true,
          queue: true,
          status: true,
          controllerName: true,
          channel: true,
          receivedAt: true,
          verifiedAt: true,
          dueAt: true,
          closedAt: true,
          outcome: true,
          denialReason: true,
          forwardedAt: true,
          extendedAt: true,
          extensionReason: true,
          regime: true,
          pauses: { where: { endedAt: null }, select: { answerBy: true, reason: true } },
          customer: { select: { name: true, contactEmail: true } },
          files: { select: { id: true, filename: true, size: true, availableUntil: true }, orderBy: { createdAt: "asc" } },
          organization: { select: { slug: true, name: true, legalName: true, privacyEmail: true, timeZone: true, statusLinkDaysAfterClose: true } },
          events: {
            where: { visibleToSubject: true },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { id: true, kind: true, actor: true, message: true, data: true, createdAt: true },
          },
        },
      },
    },
  });
  if (!link || link.purpose !== "STATUS" || link.request.organization.slug !== orgSlug || !link.request.reference) {
    return { found: false, reason: "unknown" };
  }
  if (isStatusLinkExpired(link, link.request, link.request.organization.statusLinkDaysAfterClose, now)) return { found: false, reason: "expired" };

  const { request } = link;
  const { slug: _slug, statusLinkDaysAfterClose: _days, ...organization } = request.organization;
  const lastQuestion = request.events.findLast((e) => e.kind === EVENT.INFO_REQUESTED);
  const question = (lastQuestion?.data as { question?: unknown } | null)?.question;
  return {
    found: true,
    request: {
      reference: request.reference!,
      type: request.type,
      queue: request.queue,
      status: request.status,
      controllerName: request.controllerName,
      channel: request.channel,
      receivedAt: request.receivedAt,
      verifiedAt: request.verifiedAt,
      dueAt: request.dueAt,
      regime: request.regime,
      closedAt: request.closedAt,
      outcome: request.outcome,
      denialReason: request.denialReason,
      forwardedTo:
        request.customer && request.forwardedAt
          ? { name: request.customer.name, contactEmail: request.customer.contactEmail, at: request.forwardedAt }
          : null,
      openQuestion: request.status === "AWAITING_SUBJECT" && typeof question === "string" ? question : null,
      answerBy: request.status === "AWAITING_SUBJECT" ? (request.pauses[0]?.answerBy ?? null) : null,
      waiting: request.status === "AWAITING_SUBJECT" ? waitingOnSubject(request.regime, request.pauses[0]) : null,
      extension: request.extendedAt ? { at: request.extendedAt, reason: request.extensionReason ?? "" } : null,
      files: request.files.map((f) => ({
        id: f.id,
        filename: f.filename,
        size: f.size,
        availableUntil: f.availableUntil,
        isAvailable: !f.availableUntil || now <= f.availableUntil,
      })),
      organization,
      history: request.events.map((e) => ({ id: e.id, kind: e.kind, actor: e.actor, message: e.message ?? "", data: e.data, at: e.createdAt })),
    },
  };
}
