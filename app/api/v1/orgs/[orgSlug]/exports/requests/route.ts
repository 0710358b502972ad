// GET /api/v1/orgs/{orgSlug}/exports/requests?format=csv|ndjson&from=YYYY-MM-DD&to=YYYY-MM-DD[&identifiers=true] —
// the request log of the requests received between two days, streamed by the dashboard's own export (same
// columns, same per-key limit of exports an hour, recorded in the audit log when the stream ends). Any key scope.
import { apiError, withHeaders } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { requireApiKey } from "@/lib/api/require-api-key";
import { exportRequestLog } from "@/lib/exports/export-request-log";
import { exportResponse } from "@/lib/exports/export-response";
import { requestLogRangeSchema } from "@/lib/exports/schemas";
import { fieldErrorsFrom } from "@/lib/requests/action-schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ orgSlug: string }>(async (request, { params }) => {
  const { orgSlug } = await params;
  const now = new Date();
  const gate = await requireApiKey(request, orgSlug, { scope: "READ", now });
  if (!gate.ok) return gate.response;
  const { context, headers } = gate;
  const parsed = requestLogRangeSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return apiError("validation_failed", "Give the format and the first and last day.", { fieldErrors: fieldErrorsFrom(parsed.error), headers });
  const { format, identifiers, from, to } = parsed.data;
  const result = await exportRequestLog({ context, selection: { kind: "range", from, to }, format, includeIdentifiers: identifiers, now });
  if (!result.ok) {
    return result.code === "rate_limited"
      ? apiError("rate_limited", result.error, { headers: { ...headers, "Retry-After": String(result.retryAfterSeconds) } })
      : apiError("insufficient_scope", result.error, { headers });
  }
  // The dashboard's download answer: the stream as an attachment, no-store, nosniff.
  return withHeaders(exportResponse(result, { href: "", label: "" }), headers);
});
