// POST /api/v1/orgs/{orgSlug}/requests/{requestId}/replies — {"message": "..."}: a reply the subject reads on
// the status page and by email (an API key, write scope), through the dashboard's own reply action.
import { actionFailureResponse, apiJson, bodyError, withHeaders } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import type { ApiReplyAnswer } from "@/lib/api/present-api-request";
import { requireApiKey } from "@/lib/api/require-api-key";
import { readJsonBody } from "@/lib/http/read-json-body";
import type { ReplyInput } from "@/lib/requests/action-schemas";
import { replyToSubject } from "@/lib/requests/reply-to-subject";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 64 * 1024;

export const POST = apiRoute<{ orgSlug: string; requestId: string }>(async (request, { params }) => {
  const { orgSlug, requestId } = await params;
  const now = new Date();
  const gate = await requireApiKey(request, orgSlug, { scope: "WRITE", now });
  if (!gate.ok) return gate.response;
  const { context, headers } = gate;
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return bodyError(body, headers);
  // replyToSubject parses the body with replySchema, the reply form's schema.
  const result = await replyToSubject({ context, requestId, input: body.value as ReplyInput, now });
  if (!result.ok) {
    return withHeaders(actionFailureResponse(result), headers);
  }
  const answer: ApiReplyAnswer = { data: { id: requestId, status: "sent" } };
  return apiJson(answer, 201, headers);
});
