// Files a data subject's request: saved unverified, with its history entry and the verification
// email in one statement. It answers the same whether or not the email address is known.
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { IdempotencyClaim } from "@/lib/idempotency/find-idempotent-answer";
import { recordIdempotencyKey } from "@/lib/idempotency/record-idempotency-key";
import { getEnv } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { outboxInsert, type EmailDraft } from "@/lib/email/enqueue-email";
import { kickOutbox } from "@/lib/worker/background-worker";
import { verificationEmail } from "@/lib/email/templates/request-emails";
import type { PortalOrganization, PortalRelationship } from "@/lib/organizations/get-portal-organization";
import { EVENT, submittedMessage, type PublicChannel } from "./events";
import { promisedLawFor } from "./promised-law";
import type { RequestInput } from "./schemas";
import { createLinkToken } from "./tokens";

/** What filing needs to know of the organization: the portal's own record (getPortalOrganization) has it. */
export type IntakeOrganization = Pick<
  PortalOrganization,
  "id" | "slug" | "name" | "legalName" | "privacyEmail" | "locale" | "verificationTtlHours" | "regime" | "regimes" | "responseDays" | "responseBusinessDays"
> & {
  relationships: Pick<PortalRelationship, "id" | "key" | "queue">[];
};

export type SubmitRequestArgs = {
  organization: IntakeOrganization;
  input: RequestInput;
  channel: PublicChannel;
  now: Date;
  /** An Idempotency-Key and the answer to keep for it, written in the same transaction as the request. */
  idempotency?: { claim: IdempotencyClaim; answer: { status: number; body: Prisma.InputJsonValue } };
};

export class UnknownRelationshipError extends Error {}

/**
 * The request, its first history entry, its verification token and the email carrying the token: one
 * statement, atomic on its own. Public intake is the path that must take bursts; through the ORM each of
 * these inserts cost ~1 ms of CPU compiling its query, and the transaction around them held a connection
 * for five round trips (docs/benchmarks.md). `createdAt`/`updatedAt` are the clock's time, as the ORM's
 * defaults were; `receivedAt` is the caller's `now`.
 */
function intakeStatement(r: {
  id: string;
  organizationId: string;
  relationship: IntakeOrganization["relationships"][number];
  input: RequestInput;
  channel: PublicChannel;
  locale: string;
  now: Date;
  tokenHash: string;
  tokenExpiresAt: Date;
  email: EmailDraft;
}): Prisma.Sql {
  const { input } = r;
  const isProcessor = r.relationship.queue === "PROCESSOR";
  const isCorrection = input.type === "CORRECTION";
  const createdAt = new Date();
  return Prisma.sql`
    WITH request AS (
      INSERT INTO "PrivacyRequest" (id, "organizationId", type, queue, "relationshipId", "controllerName", channel, "subjectName",
        "subjectEmail", jurisdiction, details, "correctionWrong", "correctionRight", "receivedAt", locale, "createdAt", "updatedAt")
      VALUES (${r.id}::uuid, ${r.organizationId}::uuid, ${input.type}::"RequestType", ${r.relationship.queue}::"Queue", ${r.relationship.id}::uuid,
        ${isProcessor ? (input.controllerName ?? null) : null}, ${r.channel}::"Channel", ${input.name}, ${input.email}, ${input.jurisdiction},
        ${input.details ?? null}, ${isCorrection ? (input.correctionWrong ?? null) : null}, ${isCorrection ? (input.correctionRight ?? null) : null},
        ${r.now}::timestamp, ${r.locale}, ${createdAt}::timestamp, ${createdAt}::timestamp)
    ), event AS (
      INSERT INTO "RequestEvent" (id, "organizationId", "requestId", kind, actor, "visibleToSubject", message, data, "createdAt")
      VALUES (gen_random_uuid(), ${r.organizationId}::uuid, ${r.id}::uuid, ${EVENT.SUBMITTED}, 'SUBJECT'::"EventActor", TRUE,
        ${submittedMessage(r.channel)}, ${JSON.stringify({ channel: r.channel })}::jsonb, ${createdAt}::timestamp)
    ), token AS (
      INSERT INTO "RequestToken" (id, "organizationId", "requestId", purpose, "tokenHash", "expiresAt", "createdAt")
      VALUES (gen_random_uuid(), ${r.organizationId}::uuid, ${r.id}::uuid, 'VERIFY'::"TokenPurpose", ${r.tokenHash}, ${r.tokenExpiresAt}::timestamp, ${createdAt}::timestamp)
    )
    ${outboxInsert([r.email])}`;
}

export async function submitRequest({ organization: org, input, channel, now, idempotency }: SubmitRequestArgs): Promise<void> {
  const relationship = org.relationships.find((r) => r.key === input.relationship);
  if (!relationship) throw new UnknownRelationshipError(`No relationship ${input.relationship} in this organization`);
  // Every email about the request speaks the language the subject wrote in, else the organization's.
  const locale = isLocale(input.locale) ? input.locale : isLocale(org.locale) ? org.locale : DEFAULT_LOCALE;
  const { token, tokenHash } = createLinkToken();
  const requestId = randomUUID();
  const email = verificationEmail({
    locale,
    org,
    subjectName: input.name,
    type: input.type,
    link: `${getEnv().APP_URL}/${org.slug}/verify/${token}`,
    expiresInHours: org.verificationTtlHours,
    law: promisedLawFor(org, input),
  });
  const statement = intakeStatement({
    id: requestId,
    organizationId: org.id,
    relationship,
    input,
    channel,
    locale,
    now,
    tokenHash,
    tokenExpiresAt: new Date(now.getTime() + org.verificationTtlHours * 3_600_000),
    email: { organizationId: org.id, to: input.email, ...email },
  });

  const db = await getDb();
  if (!idempotency) {
    await db.$executeRaw(statement);
  } else {
    await db.$transaction(async (tx) => {
      // The key first: a concurrent duplicate then waits here, before writing anything, until this commits.
      await recordIdempotencyKey(tx, idempotency.claim, { ...idempotency.answer, requestId: null }, now);
      await tx.$executeRaw(statement);
      await tx.idempotencyKey.update({
        where: { organizationId_keyHash: { organizationId: org.id, keyHash: idempotency.claim.keyHash } },
        data: { requestId },
      });
    });
  }
  kickOutbox();
}
