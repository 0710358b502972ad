// The one intake path for a new request, shared by the portal form and the JSON API: find the
// organization, parse with its schema, apply the rate limit, then file it.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { getDb } from "@/lib/db/client";
import { findIdempotentAnswer, type IdempotencyClaim } from "@/lib/idempotency/find-idempotent-answer";
import { hashIdempotencyKey, hashRequestBody } from "@/lib/idempotency/idempotency-hashes";
import { isIdempotencyConflict } from "@/lib/idempotency/record-idempotency-key";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";
import { limitIntake } from "@/lib/rate-limit/limit-intake";
import type { PublicChannel } from "./events";
import { fieldErrorsOf, requestSchemaFor, type RequestFieldErrors, type TranslateRequestMessage } from "./schemas";
import { submitRequest } from "./submit-request";

export type FileRequestResult =
  | { kind: "accepted" }
  /** The same Idempotency-Key and body were accepted before: nothing new was written; answer as then. */
  | { kind: "replayed"; status: number; body: unknown }
  | { kind: "idempotency_key_reused" }
  | { kind: "organization_not_found" }
  | { kind: "invalid"; fieldErrors: RequestFieldErrors }
  | { kind: "rate_limited"; retryAfterSeconds: number };

export async function fileRequest(args: {
  orgSlug: string;
  raw: unknown;
  channel: PublicChannel;
  ip: string;
  now: Date;
  /** The subject's error messages in the page's language; English (the API's) without it. */
  translate?: TranslateRequestMessage;
  /** The client's Idempotency-Key (already checked against idempotencyKeySchema) and the answer it gets on success. */
  idempotency?: { key: string; answer: { status: number; body: Prisma.InputJsonValue } };
}): Promise<FileRequestResult> {
  const org = await getPortalOrganization(args.orgSlug);
  if (!org) return { kind: "organization_not_found" };

  const parsed = requestSchemaFor(org, "subject", args.translate).safeParse(args.raw);
  if (!parsed.success) return { kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };

  const claim: IdempotencyClaim | undefined = args.idempotency && {
    organizationId: org.id,
    keyHash: hashIdempotencyKey(args.idempotency.key),
    bodyHash: hashRequestBody(args.raw),
  };
  // A retry is answered before the rate limit: it writes nothing, and a client must be able to learn its outcome.
  if (claim) {
    const earlier = await findIdempotentAnswer(await getDb(), claim, args.now);
    if (earlier.kind !== "new") return answerFor(earlier);
  }

  const limit = await limitIntake({ ip: args.ip, organizationId: org.id, now: args.now });
  if (!limit.allowed) return { kind: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };

  const idempotency = claim && args.idempotency && { claim, answer: args.idempotency.answer };
  try {
    await submitRequest({ organization: org, input: parsed.data, channel: args.channel, now: args.now, idempotency });
  } catch (error) {
    // A duplicate sent while the first was in flight waited for it on the key's unique index: answer as it did.
    if (!claim || !isIdempotencyConflict(error)) throw error;
    const earlier = await findIdempotentAnswer(await getDb(), claim, args.now);
    if (earlier.kind === "new") throw error;
    return answerFor(earlier);
  }
  return { kind: "accepted" };
}

function answerFor(earlier: { kind: "replay"; status: number; body: unknown } | { kind: "key_reused" }): FileRequestResult {
  return earlier.kind === "replay" ? { kind: "replayed", status: earlier.status, body: earlier.body } : { kind: "idempotency_key_reused" };
}
