// POST /api/v1/orgs/{orgSlug}/requests/{requestId}/actions — {"action": "...", ...the action's fields}: claim
// work, ask, resume, extend, complete, deny, forward, mark as duplicate, withdraw (an API key, write scope),
// through the same state machine as the dashboard. A transition it does not allow is 409 not_allowed.
import { actionFailureResponse, apiError, apiJson, bodyError, withHeaders } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import type { ApiActionAnswer } from "@/lib/api/present-api-request";
import { requireApiKey } from "@/lib/api/require-api-key";
import { runApiAction } from "@/lib/api/run-api-action";
import { actionNameSchema } from "@/lib/api/schemas";
import { readJsonBody } from "@/lib/http/read-json-body";
import { fieldErrorsFrom } from "@/lib/requests/action-schemas";
import { getStaffRequest } from "@/lib/requests/get-staff-request";

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
  const named = actionNameSchema.safeParse(body.value);
  if (!named.success) return apiError("validation_failed", "Name the action.", { fieldErrors: fieldErrorsFrom(named.error), headers });
  const { action, ...input } = body.value;

  const result = await runApiAction(named.data.action, { context, requestId, input, now });
  if (!result.ok) {
    return withHeaders(actionFailureResponse(result), headers);
  }
  const view = await getStaffRequest({ context, requestId });
  const answer: ApiActionAnswer = { data: { id: requestId, action: named.data.action, status: view?.status ?? null, actions: view?.actions ?? [] } };
  return apiJson(answer, 200, headers);
});
