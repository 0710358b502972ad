// POST /api/v1/orgs/{orgSlug}/requests/{requestId}/files — completes an access or export request with the files
// of the answer (multipart/form-data: outcome, message, one or more "files"), as the dashboard's completion form
// does: the same checks (size, count, type sniffed from the content), the same transaction (an API key, write scope).
import { actionFailureResponse, apiError, apiJson, bodyError, withHeaders } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import type { ApiFilesAnswer } from "@/lib/api/present-api-request";
import { requireApiKey } from "@/lib/api/require-api-key";
import { FILE_FIELD, MAX_MULTIPART_BYTES } from "@/lib/api/schemas";
import type { Upload } from "@/lib/files/check-upload";
import { readMultipartBody } from "@/lib/http/read-multipart-body";
import type { CompleteInput } from "@/lib/requests/action-schemas";
import { completeRequest } from "@/lib/requests/complete-request";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ orgSlug: string; requestId: string }>(async (request, { params }) => {
  const { orgSlug, requestId } = await params;
  const now = new Date();
  const gate = await requireApiKey(request, orgSlug, { scope: "WRITE", now });
  if (!gate.ok) return gate.response;
  const { context, headers } = gate;
  const body = await readMultipartBody(request, MAX_MULTIPART_BYTES);
  if (!body.ok) return bodyError(body, headers);
  const form = body.value;
  const chosen = form.getAll(FILE_FIELD).filter((f): f is File => typeof f !== "string");
  if (chosen.length === 0) {
    return apiError("validation_failed", "Attach at least one file.", { fieldErrors: { files: [`Send the files as "${FILE_FIELD}" parts.`] }, headers });
  }
  const files: Upload[] = await Promise.all(chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  // completeRequest parses outcome and message with completeSchema, the completion form's schema.
  const input = { outcome: text("outcome"), message: text("message") } as CompleteInput;
  const result = await completeRequest({ context, requestId, input: { ...input, files }, now });
  if (!result.ok) return withHeaders(actionFailureResponse(result), headers);
  const answer: ApiFilesAnswer = { data: { id: requestId, status: "COMPLETED", files: result.files } };
  return apiJson(answer, 201, headers);
});
