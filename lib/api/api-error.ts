// The one shape of every /api/v1 error: {"error":{"code","message","fieldErrors"?,"requestId"?}} with a stable
// code a client can branch on, and the HTTP status that goes with it.
import { z } from "zod";
import type { ActionFailure } from "@/lib/requests/action-result";

export const API_ERROR_STATUS = {
  invalid_body: 400,
  invalid_header: 400,
  unauthorized: 401,
  insufficient_scope: 403,
  not_found: 404,
  not_allowed: 409,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  idempotency_key_reused: 422,
  rate_limited: 429,
  internal: 500,
  service_unavailable: 503,
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

export const API_ERROR_CODES = Object.keys(API_ERROR_STATUS) as [ApiErrorCode, ...ApiErrorCode[]];

/** The error body, documented in openapi.json from this same schema. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
    requestId: z.string().optional(),
  }),
});

export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

/** Answers never cached and never sniffed: they carry an organization's records. */
export const API_HEADERS = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } as const;

export function apiError(
  code: ApiErrorCode,
  message: string,
  extra: { fieldErrors?: Partial<Record<string, string[]>>; requestId?: string; headers?: Record<string, string> } = {},
): Response {
  const body: ApiErrorBody = {
    error: {
      code,
      message,
      ...(extra.fieldErrors ? { fieldErrors: extra.fieldErrors as Record<string, string[]> } : {}),
      ...(extra.requestId ? { requestId: extra.requestId } : {}),
    },
  };
  return Response.json(body, { status: API_ERROR_STATUS[code], headers: { ...API_HEADERS, ...extra.headers } });
}

export function apiJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...API_HEADERS, ...headers } });
}

/** A staff action's failure as an API error: the action's own message, the field errors where they belong. */
export function actionFailureResponse(failure: ActionFailure): Response {
  switch (failure.code) {
    case "not_found":
      return apiError("not_found", failure.error);
    case "forbidden":
      return apiError("insufficient_scope", failure.error);
    case "not_allowed":
      return apiError("not_allowed", failure.error);
    case "conflict":
      return apiError("conflict", failure.error);
    case "invalid":
      return apiError("validation_failed", failure.error, { fieldErrors: failure.fieldErrors });
  }
}

/** readJsonBody's refusal (lib/http/read-json-body.ts) as an API error. */
export function bodyError(body: { status: 400 | 413 | 415; error: string }, headers: Record<string, string> = {}): Response {
  const code: ApiErrorCode = body.status === 413 ? "payload_too_large" : body.status === 415 ? "unsupported_media_type" : "invalid_body";
  return apiError(code, body.error, { headers });
}

/** `response` with the RateLimit headers of the call added. */
export function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
