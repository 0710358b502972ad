// The gate of every staff-side /api/v1 endpoint, in the order a client should learn things: no valid key
// (401), a key of another organization (404, as for an unknown organization, so slugs cannot be probed),
// too many calls for this key (429), a READ key asking to write (403). Every answer gets the RateLimit headers.
import "server-only";
import { getEnv } from "@/lib/env";
import { clientIpFrom } from "@/lib/http/client-ip";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import type { ApiKeyScope } from "@/lib/db/generated/enums";
import { apiError } from "./api-error";
import { authenticateApiKey, type ApiKeyContext } from "./authenticate-api-key";

export const ORGANIZATION_NOT_FOUND = "No organization with this slug.";

export const REALM = 'Bearer realm="rightsdesk"';

const UNAUTHORIZED: Record<"missing" | "malformed" | "unknown" | "revoked", string> = {
  missing: "Send an organization API key: Authorization: Bearer rdk_….",
  malformed: "The Authorization header must be Bearer followed by an API key (rdk_ and 43 characters).",
  unknown: "This API key is not valid.",
  revoked: "This API key was revoked. Ask an admin of the organization for a new one.",
};

export type ApiGate = { ok: true; context: ApiKeyContext; headers: Record<string, string> } | { ok: false; response: Response };

export async function requireApiKey(request: Request, orgSlug: string, { scope, now }: { scope: ApiKeyScope; now: Date }): Promise<ApiGate> {
  const auth = await authenticateApiKey({ authorization: request.headers.get("authorization"), ip: clientIpFrom(request.headers), now });
  if (!auth.ok) {
    const challenge = auth.reason === "missing" ? REALM : `${REALM}, error="invalid_token"`;
    return { ok: false, response: apiError("unauthorized", UNAUTHORIZED[auth.reason], { headers: { "WWW-Authenticate": challenge } }) };
  }
  const { context } = auth;
  if (context.organization.slug !== orgSlug) return { ok: false, response: apiError("not_found", ORGANIZATION_NOT_FOUND) };

  const env = getEnv();
  const limit = await hitRateLimit({ key: `api:${context.apiKey.id}`, max: env.API_RATE_LIMIT_MAX, windowSeconds: env.API_RATE_LIMIT_WINDOW_SECONDS, now });
  const headers = {
    "RateLimit-Limit": String(env.API_RATE_LIMIT_MAX),
    "RateLimit-Remaining": String(limit.remaining),
    "RateLimit-Reset": String(limit.resetSeconds),
  };
  if (!limit.allowed) {
    const message = `This API key made ${env.API_RATE_LIMIT_MAX} calls in ${env.API_RATE_LIMIT_WINDOW_SECONDS} seconds. Try again in ${limit.retryAfterSeconds} seconds.`;
    return { ok: false, response: apiError("rate_limited", message, { headers: { ...headers, "Retry-After": String(limit.retryAfterSeconds) } }) };
  }
  if (scope === "WRITE" && context.scope !== "WRITE") {
    return {
      ok: false,
      response: apiError("insufficient_scope", "This API key may only read. Ask an admin for a key with the write scope.", {
        headers: { ...headers, "WWW-Authenticate": `${REALM}, error="insufficient_scope", scope="write"` },
      }),
    };
  }
  return { ok: true, context, headers };
}
