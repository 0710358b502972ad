// /api/v1/orgs/{orgSlug}/requests — POST files a request for a data subject, who then confirms it by email
// (public, no key); GET lists the organization's requests with the queue's filters (an API key, read scope).
import { apiError, apiJson, bodyError } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { presentApiRequestRow, type ApiRequestList } from "@/lib/api/present-api-request";
import { ORGANIZATION_NOT_FOUND, requireApiKey } from "@/lib/api/require-api-key";
import { parseApiRequestListQuery, type FilingAnswer } from "@/lib/api/schemas";
import { IDEMPOTENCY_KEY_HEADER, idempotencyKeySchema } from "@/lib/idempotency/schemas";
import { clientIpFrom } from "@/lib/http/client-ip";
import { readJsonBody } from "@/lib/http/read-json-body";
import { fileRequest } from "@/lib/requests/file-request";
import { isReadableCursor, listQueue } from "@/lib/requests/queue/list-queue";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 64 * 1024;
// What a filing answers; kept with an Idempotency-Key so that a retry gets exactly this back.
const ACCEPTED = { status: 202, body: { status: "verification_sent" } satisfies FilingAnswer };

type Params = { orgSlug: string };

export const POST = apiRoute<Params>(async (request, { params }) => {
  const { orgSlug } = await params;
  const keyHeader = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  const key = keyHeader === null ? undefined : idempotencyKeySchema.safeParse(keyHeader);
  if (key && !key.success) return apiError("invalid_header", key.error.issues[0]?.message ?? "Invalid Idempotency-Key.");
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return bodyError(body);

  const result = await fileRequest({
    orgSlug,
    raw: body.value,
    channel: "API",
    ip: clientIpFrom(request.headers),
    now: new Date(),
    idempotency: key && { key: key.data, answer: ACCEPTED },
  });
  switch (result.kind) {
    case "accepted":
      // The same answer whether or not the subject was known: nothing to learn from it.
      return apiJson(ACCEPTED.body, ACCEPTED.status);
    case "replayed":
      return apiJson(result.body, result.status, { "Idempotent-Replayed": "true" });
    case "idempotency_key_reused":
      return apiError("idempotency_key_reused", "This Idempotency-Key was already used with a different body. Use a new key for a new request.");
    case "organization_not_found":
      return apiError("not_found", ORGANIZATION_NOT_FOUND);
    case "invalid":
      return apiError("validation_failed", "Some fields are missing or invalid.", { fieldErrors: result.fieldErrors });
    case "rate_limited":
      return apiError("rate_limited", "Too many requests. Try again later.", { headers: { "Retry-After": String(result.retryAfterSeconds) } });
  }
});

export const GET = apiRoute<Params>(async (request, { params }) => {
  const { orgSlug } = await params;
  const now = new Date();
  const gate = await requireApiKey(request, orgSlug, { scope: "READ", now });
  if (!gate.ok) return gate.response;
  const { context, headers } = gate;
  const query = parseApiRequestListQuery(new URL(request.url).searchParams);
  if (!query.ok) return apiError("validation_failed", query.message, { fieldErrors: query.fieldErrors, headers });
  const filters = query.value;
  // A cursor is handed out by a previous page: one that was changed is refused, not read as page 1 ("" is none).
  const search = new URL(request.url).searchParams;
  const badCursor = (["after", "before"] as const).find((name) => Boolean(search.get(name)) && !isReadableCursor(search.get(name)!, filters.sort));
  if (badCursor) {
    return apiError("validation_failed", `${badCursor} is not a cursor this list handed out.`, {
      fieldErrors: { [badCursor]: ["Use nextCursor or previousCursor from a previous page, unchanged, with the same sort."] },
      headers,
    });
  }
  const listing = await listQueue(context.organization.id, filters, { now, userId: null });
  const answer: ApiRequestList = {
    data: listing.rows.map(presentApiRequestRow),
    nextCursor: listing.nextCursor,
    previousCursor: listing.previousCursor,
    ...(listing.isSearchUnrecognized ? { warning: "q matches a whole reference (OPSIQ-2026-000123) or an exact email address only." } : {}),
  };
  return apiJson(answer, 200, headers);
});
