// GET /api/v1/openapi.json — the API's OpenAPI 3.1 document, generated from the app's zod schemas. Public.
// ?org={orgSlug} documents that organization's own filing body (its request types and relationships).
import { apiError, apiJson } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { buildOpenApiDocument } from "@/lib/api/openapi-document";
import { ORGANIZATION_NOT_FOUND } from "@/lib/api/require-api-key";
import { getEnv } from "@/lib/env";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";

export const dynamic = "force-dynamic";

export const GET = apiRoute<Record<string, never>>(async (request) => {
  const slug = new URL(request.url).searchParams.get("org");
  const org = slug ? await getPortalOrganization(slug) : null;
  if (slug && !org) return apiError("not_found", ORGANIZATION_NOT_FOUND);
  return apiJson(buildOpenApiDocument({ serverUrl: getEnv().APP_URL, org }));
});
