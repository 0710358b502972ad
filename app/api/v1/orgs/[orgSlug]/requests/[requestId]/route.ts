// GET /api/v1/orgs/{orgSlug}/requests/{requestId} — one request with its history and files (an API key, read
// scope). The subject's identifiers are masked unless ?reveal=true, which is recorded like the queue's reveal.
import { apiError, apiJson } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { presentApiRequest } from "@/lib/api/present-api-request";
import { requireApiKey } from "@/lib/api/require-api-key";
import { NOT_FOUND_MESSAGE } from "@/lib/requests/action-result";
import { getStaffRequest } from "@/lib/requests/get-staff-request";
import { revealSubject } from "@/lib/requests/queue/reveal-subject";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ orgSlug: string; requestId: string }>(async (request, { params }) => {
  const { orgSlug, requestId } = await params;
  const gate = await requireApiKey(request, orgSlug, { scope: "READ", now: new Date() });
  if (!gate.ok) return gate.response;
  const { context, headers } = gate;
  const view = await getStaffRequest({ context, requestId });
  if (!view) return apiError("not_found", NOT_FOUND_MESSAGE, { headers });
  const reveal = new URL(request.url).searchParams.get("reveal");
  const isRevealed = reveal === "true" || reveal === "1";
  if (isRevealed) {
    const revealed = await revealSubject({ organizationId: context.organization.id, requestId: view.id, actor: context.actor, reason: "Revealed through the API" });
    if (!revealed.ok) return apiError("not_found", NOT_FOUND_MESSAGE, { headers });
  }
  return apiJson({ data: presentApiRequest(view, { isRevealed }) }, 200, headers);
});
