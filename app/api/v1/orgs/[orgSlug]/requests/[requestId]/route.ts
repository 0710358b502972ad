// GET /api/v1/orgs/{orgSlug}/requests/{requestId} — one request with its history and files (an API key, read
// scope). The subject's identifiers are masked unless ?reveal=true, which takes a write key (a read key borrows
// the viewer's role, which may not reveal) and is recorded like a member's reveal, once a day per key.
import { apiError, apiJson } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { presentApiRequest, type ApiRequestRead } from "@/lib/api/present-api-request";
import { REALM, requireApiKey } from "@/lib/api/require-api-key";
import { apiRequestReadQuerySchema, parseApiQuery } from "@/lib/api/schemas";
import { NOT_FOUND_MESSAGE } from "@/lib/requests/action-result";
import { getStaffRequest } from "@/lib/requests/get-staff-request";
import { revealSubject } from "@/lib/requests/queue/reveal-subject";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ orgSlug: string; requestId: string }>(async (request, { params }) => {
  const { orgSlug, requestId } = await params;
  const now = new Date();
  const gate = await requireApiKey(request, orgSlug, { scope: "READ", now });
  if (!gate.ok) return gate.response;
  const { context, headers } = gate;
  const query = parseApiQuery(apiRequestReadQuerySchema, new URL(request.url).searchParams);
  if (!query.ok) return apiError("validation_failed", query.message, { fieldErrors: query.fieldErrors, headers });
  const wantsReveal = query.value.reveal === "true" || query.value.reveal === "1";
  if (wantsReveal) {
    const revealed = await revealSubject({
      organizationId: context.organization.id,
      requestId,
      role: context.role,
      actor: context.actor,
      now,
      reason: "Revealed through the API",
    });
    if (!revealed.ok && revealed.reason === "forbidden") {
      return apiError("insufficient_scope", "This API key may only read, which does not reveal a subject. Ask an admin for a key with the write scope.", {
        headers: { ...headers, "WWW-Authenticate": `${REALM}, error="insufficient_scope", scope="write"` },
      });
    }
    if (!revealed.ok) return apiError("not_found", NOT_FOUND_MESSAGE, { headers });
  }
  const view = await getStaffRequest({ context, requestId, now, hasRecordedReveal: wantsReveal });
  if (!view) return apiError("not_found", NOT_FOUND_MESSAGE, { headers });
  const answer: ApiRequestRead = { data: presentApiRequest(view) };
  return apiJson(answer, 200, headers);
});
