// GET /api/v1/orgs/{orgSlug}/requests/{requestId} — one request with its history and files (an API key, read
// scope). The subject's identifiers are masked unless ?reveal=true, which is recorded like the queue's reveal.
import { apiError, apiJson } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { presentApiRequest, type ApiRequestRead } from "@/lib/api/present-api-request";
import { requireApiKey } from "@/lib/api/require-api-key";
import { apiRequestReadQuerySchema, parseApiQuery } from "@/lib/api/schemas";
import { NOT_FOUND_MESSAGE } from "@/lib/requests/action-result";
import { getStaffRequest } from "@/lib/requests/get-staff-request";
import { revealSubject } from "@/lib/requests/queue/reveal-subject";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ orgSlug: string; requestId: string }>(async (request, { params }) => {
  const { orgSlug, requestId } = await params;
  const gate = await requireApiKey(request, orgSlug, { scope: "READ", now: new Date() });
  if (!gate.ok) return gate.response;
  const { context, headers } = gate;
  const query = parseApiQuery(apiRequestReadQuerySchema, new URL(request.url).searchParams);
  if (!query.ok) return apiError("validation_failed", query.message, { fieldErrors: query.fieldErrors, headers });
  const isRevealed = query.value.reveal === "true" || query.value.reveal === "1";
  const view = await getStaffRequest({ context, requestId });
  if (!view) return apiError("not_found", NOT_FOUND_MESSAGE, { headers });
  if (isRevealed) {
    const revealed = await revealSubject({ organizationId: context.organization.id, requestId: view.id, actor: context.actor, reason: "Revealed through the API" });
    if (!revealed.ok) return apiError("not_found", NOT_FOUND_MESSAGE, { headers });
  }
  const answer: ApiRequestRead = { data: presentApiRequest(view, { isRevealed }) };
  return apiJson(answer, 200, headers);
});
