// Files a data subject's request: saved unverified, with its history entry and the verification
// email in the same transaction. It answers the same whether or not the email address is known.
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { IdempotencyClaim } from "@/lib/idempotency/find-idempotent-answer";
import { recordIdempotencyKey } from "@/lib/idempotency/record-idempotency-key";
import { getEnv } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { kickOutbox } from "@/lib/worker/background-worker";
import { verificationEmail } from "@/lib/email/templates/request-emails";
import { EVENT, submittedMessage, type PublicChannel } from "./events";
import type { RequestInput } from "./schemas";
import { createLinkToken } from "./tokens";

export type SubmitRequestArgs = {
  organizationId: string;
  input: RequestInput;
  channel: PublicChannel;
  now: Date;
  /** An Idempotency-Key and the answer to keep for it, written in the same transaction as the request. */
  idempotency?: { claim: IdempotencyClaim; answer: { status: number; body: Prisma.InputJsonValue } };
};

export class UnknownRelationshipError extends Error {}

export async function submitRequest({ organizationId, input, channel, now, idempotency }: SubmitRequestArgs): Promise<void> {
  const db = await getDb();
  const { token, tokenHash } = createLinkToken();

  await db.$transaction(async (tx) => {
    // The key first: a concurrent duplicate then waits here, before writing anything, until this commits.
    if (idempotency) await recordIdempotencyKey(tx, idempotency.claim, { ...idempotency.answer, requestId: null }, now);
    const org = await tx.organization.findUniqueOrThrow({ where: { id: organizationId } });
    const relationship = await tx.relationship.findUnique({
      where: { organizationId_key: { organizationId, key: input.relationship } },
    });
    if (!relationship) throw new UnknownRelationshipError(`No relationship ${input.relationship} in this organization`);
    const isProcessor = relationship.queue === "PROCESSOR";
    // Every email about the request speaks the language the subject wrote in, else the organization's.
    const locale = isLocale(input.locale) ? input.locale : isLocale(org.locale) ? org.locale : DEFAULT_LOCALE;

    const request = await tx.privacyRequest.create({
      data: {
        organizationId,
        type: input.type,
        queue: relationship.queue,
        relationshipId: relationship.id,
        controllerName: isProcessor ? input.controllerName : null,
        channel,
        subjectName: input.name,
        subjectEmail: input.email,
        jurisdiction: input.jurisdiction,
        details: input.details,
        correctionWrong: input.type === "CORRECTION" ? input.correctionWrong : null,
        correctionRight: input.type === "CORRECTION" ? input.correctionRight : null,
        receivedAt: now,
        locale,
      },
    });
    await tx.requestEvent.create({
      data: {
        organizationId,
        requestId: request.id,
        kind: EVENT.SUBMITTED,
        actor: "SUBJECT",
        visibleToSubject: true,
        message: submittedMessage(channel),
        data: { channel },
      },
    });
    await tx.requestToken.create({
      data: {
        organizationId,
        requestId: request.id,
        purpose: "VERIFY",
        tokenHash,
        expiresAt: new Date(now.getTime() + org.verificationTtlHours * 3_600_000),
      },
    });
    const email = verificationEmail({
      locale,
      org,
      subjectName: input.name,
      type: input.type,
      link: `${getEnv().APP_URL}/${org.slug}/verify/${token}`,
      expiresInHours: org.verificationTtlHours,
    });
    await enqueueEmail(tx, { organizationId, to: input.email, ...email });
    if (idempotency) {
      await tx.idempotencyKey.update({
        where: { organizationId_keyHash: { organizationId, keyHash: idempotency.claim.keyHash } },
        data: { requestId: request.id },
      });
    }
  });

  kickOutbox();
}
