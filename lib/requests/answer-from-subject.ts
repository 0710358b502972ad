// The subject answers a request for more information on their status page. The status link's token
// is their authority. The pause ends, the request is back in progress, and whoever works on it hears.
import "server-only";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { enqueueStatusEvents } from "@/lib/webhooks/enqueue-status-events";
import { kickOutbox } from "@/lib/worker/background-worker";
import { subjectAnsweredEmail } from "@/lib/email/templates/request-emails";
import { invalid, type ActionResult } from "./action-result";
import { answerSchema, fieldErrorsFrom, type AnswerInput } from "./action-schemas";
import { EVENT } from "./events";
import { endPause } from "./pauses";
import { maskSubjectText } from "./queue/mask-subject";
import { staffRecipients } from "./staff-recipients";
import { appendRequestEvent, auditRequest } from "./run-staff-action";
import { isStatusLinkExpired } from "./status-link-lifetime";
import { hashLinkToken, looksLikeLinkToken } from "./tokens";
import { assertTransition } from "./workflow";

/** The longest answer answerSchema takes (its default text limit). */
export const ANSWER_MAX_LENGTH = 5000;

const UNKNOWN_LINK = "We can't find this request. Use the whole link from your most recent email.";

export async function answerFromSubject(args: {
  orgSlug: string;
  token: string;
  input: AnswerInput;
  ip: string;
  now: Date;
}): Promise<ActionResult> {
  const { orgSlug, token, now } = args;
  if (!looksLikeLinkToken(token)) return { ok: false, code: "not_found", error: UNKNOWN_LINK };
  const parsed = answerSchema.safeParse(args.input);
  if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error), "Write your answer.");
  const { answer } = parsed.data;
  const db = await getDb();

  const result = await db.$transaction(async (tx): Promise<ActionResult> => {
    const link = await tx.requestToken.findUnique({
      where: { tokenHash: hashLinkToken(token) },
      select: { purpose: true, expiresAt: true, createdAt: true, requestId: true, organizationId: true, request: { select: { closedAt: true } } },
    });
    const org = link ? await tx.organization.findUnique({ where: { id: link.organizationId } }) : null;
    if (!link || !org || link.purpose !== "STATUS" || org.slug !== orgSlug || isStatusLinkExpired(link, link.request, org.statusLinkDaysAfterClose, now)) {
      return { ok: false, code: "not_found", error: UNKNOWN_LINK };
    }
    // One answer at a time: a second submission waits, then finds the request no longer waiting.
    await tx.$queryRaw`SELECT id FROM "PrivacyRequest" WHERE id = ${link.requestId}::uuid AND "organizationId" = ${org.id}::uuid FOR UPDATE`;
    const request = await tx.privacyRequest.findFirstOrThrow({ where: { id: link.requestId, organizationId: org.id } });
    if (request.status !== "AWAITING_SUBJECT") {
      return { ok: false, code: "not_allowed", error: "Your request is not waiting for an answer from you at the moment." };
    }
    assertTransition(request.status, "IN_PROGRESS");

    await tx.privacyRequest.update({ where: { id: request.id, organizationId: request.organizationId }, data: { status: "IN_PROGRESS" } });
    await endPause(tx, request, now);
    await enqueueStatusEvents(tx, { organizationId: org.id, requestId: request.id, previousStatus: request.status, occurredAt: now });
    await appendRequestEvent(tx, request, {
      kind: EVENT.SUBJECT_ANSWERED,
      actor: "SUBJECT",
      visibleToSubject: true,
      message: `You answered:\n${answer}`,
      data: { answer },
      at: now,
    });
    await auditRequest(tx, { userId: null, email: request.subjectEmail, ip: args.ip }, request, {
      action: "request.subject_answer",
      before: { status: request.status },
      after: { status: "IN_PROGRESS", answer },
    });

    const recipients = (await staffRecipients(tx, request)).map((r) => r.email);
    const email = subjectAnsweredEmail({
      org,
      reference: request.reference!,
      // Email is not the request page: no reveal there, so the subject's own name and email stay masked.
      answer: maskSubjectText(answer, { name: request.subjectName, email: request.subjectEmail }),
      link: `${getEnv().APP_URL}/dashboard/${org.slug}/requests/${request.id}`,
    });
    for (const to of recipients) await enqueueEmail(tx, { organizationId: org.id, to, ...email });
    return { ok: true };
  });

  if (result.ok) kickOutbox();
  return result;
}
