// The OpenAPI 3.1 document of /api/v1, built at run time from the zod schemas the app parses with and the
// ones its answers are typed by (z.toJSONSchema, JSON Schema 2020-12 as OpenAPI 3.1 uses), so the documentation
// cannot drift from the code and a client generated from it (openapi-typescript) is typed by the real answers.
import { z } from "zod";
import { requestLogRangeSchema } from "@/lib/exports/schemas";
import { IDEMPOTENCY_KEY_HEADER, idempotencyKeySchema } from "@/lib/idempotency/schemas";
import { completeSchema, replySchema } from "@/lib/requests/action-schemas";
import { REQUEST_TYPES } from "@/lib/requests/labels";
import { requestSchemaFor, type RequestFormContext } from "@/lib/requests/schemas";
import { API_ERROR_CODES, API_ERROR_STATUS, apiErrorSchema, type ApiErrorCode } from "./api-error";
import {
  apiActionAnswerSchema,
  apiFilesAnswerSchema,
  apiReplyAnswerSchema,
  apiRequestListSchema,
  apiRequestReadSchema,
} from "./present-api-request";
import { API_ACTIONS, actionBodySchemaOf, apiRequestListQuerySchema, apiRequestReadQuerySchema, FILE_FIELD, filingAnswerSchema } from "./schemas";

/** How every schema of what a client sends is turned into JSON Schema (the input side of transforms). */
export const JSON_SCHEMA_OPTIONS = { io: "input", unrepresentable: "any", target: "draft-2020-12" } as const;
/** And every schema of what the server answers (the output side). */
export const RESPONSE_JSON_SCHEMA_OPTIONS = { ...JSON_SCHEMA_OPTIONS, io: "output" } as const;

type JsonSchema = Record<string, unknown>;

export function jsonSchemaOf(schema: z.ZodType, options: typeof JSON_SCHEMA_OPTIONS | typeof RESPONSE_JSON_SCHEMA_OPTIONS = JSON_SCHEMA_OPTIONS): JsonSchema {
  return z.toJSONSchema(schema, options) as JsonSchema;
}

const answerOf = (schema: z.ZodType) => jsonSchemaOf(schema, RESPONSE_JSON_SCHEMA_OPTIONS);

/** The filing body: an organization's own schema, or (no organization named) every type and any relationship key. */
function filingSchema(org: RequestFormContext | null): JsonSchema {
  if (org) return jsonSchemaOf(requestSchemaFor(org));
  const generic = jsonSchemaOf(requestSchemaFor({ requestTypes: REQUEST_TYPES, relationships: [{ key: "relationship", queue: "CONTROLLER" }] }));
  const properties = generic.properties as Record<string, JsonSchema>;
  properties.relationship = {
    type: "string",
    description: "One of the organization's relationship keys: GET /api/v1/openapi.json?org={orgSlug} lists them.",
  };
  properties.type = { ...properties.type, description: "One of the request types the organization offers." };
  return generic;
}

const errorRef = { $ref: "#/components/schemas/Error" };

function errors(...codes: ApiErrorCode[]): Record<string, unknown> {
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of codes) byStatus.set(API_ERROR_STATUS[code], [...(byStatus.get(API_ERROR_STATUS[code]) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [String(status), { description: `error.code: ${list.join(", ")}`, content: { "application/json": { schema: errorRef } } }]),
  );
}

const KEYED = ["unauthorized", "not_found", "rate_limited", "internal"] as const satisfies readonly ApiErrorCode[];
const WRITES = [...KEYED, "invalid_body", "insufficient_scope", "not_allowed", "conflict", "validation_failed", "payload_too_large", "unsupported_media_type"] as const;

const orgSlug = { name: "orgSlug", in: "path", required: true, schema: { type: "string" }, description: "The organization's slug, as in its portal's address." };
const requestId = { name: "requestId", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const rateLimitHeaders = {
  "RateLimit-Limit": { schema: { type: "integer" }, description: "Calls allowed per window for this key." },
  "RateLimit-Remaining": { schema: { type: "integer" } },
  "RateLimit-Reset": { schema: { type: "integer" }, description: "Seconds until the window ends." },
};

function ok(description: string, schema: z.ZodType, status = "200") {
  return { [status]: { description, headers: rateLimitHeaders, content: { "application/json": { schema: answerOf(schema) } } } };
}

/** An object schema of a query string as OpenAPI parameters: each property's enum, format and description. */
export function queryParametersOf(schema: z.ZodType) {
  const { properties, required = [] } = jsonSchemaOf(schema) as { properties: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, { description, ...property }]) => ({
    name,
    in: "query",
    required: required.includes(name),
    schema: property,
    ...(typeof description === "string" ? { description } : {}),
  }));
}

export function buildOpenApiDocument({ serverUrl, org }: { serverUrl: string; org: RequestFormContext | null }) {
  const fileBody = jsonSchemaOf(completeSchema) as { properties: Record<string, JsonSchema>; required: string[] };
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Rightsdesk API",
      version: "1",
      license: { name: "Apache License 2.0", identifier: "Apache-2.0" },
      description:
        "File privacy requests (public), and work an organization's requests with an organization API key. Every error is {\"error\":{\"code\",\"message\",\"fieldErrors\"?}}. See docs/api.md.",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "An organization API key (rdk_…), created by an admin under API keys." },
      },
      schemas: { Error: jsonSchemaOf(apiErrorSchema), ErrorCode: { type: "string", enum: API_ERROR_CODES } },
    },
    security: [{ apiKey: [] }],
    paths: {
      "/api/v1/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          summary: "This document; with ?org={orgSlug}, the filing body of that organization (its types and relationships).",
          security: [],
          parameters: [{ name: "org", in: "query", required: false, schema: { type: "string" } }],
          responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
      "/api/v1/orgs/{orgSlug}/requests": {
        parameters: [orgSlug],
        post: {
          operationId: "fileRequest",
          summary: "File a request for a data subject, who confirms it by email. Public: no key.",
          security: [],
          parameters: [
            {
              name: IDEMPOTENCY_KEY_HEADER,
              in: "header",
              required: false,
              schema: jsonSchemaOf(idempotencyKeySchema),
              description:
                "Makes retries safe: for 24 hours the same key with the same body answers the first answer again (Idempotent-Replayed: true) and files nothing; with another body, 422 idempotency_key_reused.",
            },
          ],
          requestBody: { required: true, content: { "application/json": { schema: filingSchema(org) } } },
          responses: {
            "202": {
              description: "Filed; the subject was emailed a confirmation link. Also the answer replayed to a retry with the same Idempotency-Key.",
              headers: { "Idempotent-Replayed": { schema: { const: "true" }, description: "Present when this answer replays an earlier one." } },
              content: { "application/json": { schema: answerOf(filingAnswerSchema) } },
            },
            ...errors("invalid_body", "invalid_header", "not_found", "payload_too_large", "unsupported_media_type", "validation_failed", "idempotency_key_reused", "rate_limited", "internal", "service_unavailable"),
          },
        },
        get: {
          operationId: "listRequests",
          summary: "One page (50) of the organization's requests, with the dashboard queue's filters; subjects masked.",
          parameters: queryParametersOf(apiRequestListQuerySchema),
          responses: { ...ok("One page of requests, and the cursors of its neighbours.", apiRequestListSchema), ...errors(...KEYED, "validation_failed") },
        },
      },
      "/api/v1/orgs/{orgSlug}/requests/{requestId}": {
        parameters: [orgSlug, requestId],
        get: {
          operationId: "getRequest",
          summary:
            "One request with its history and files. ?reveal=true shows the subject's identifiers and is recorded in the audit log; it takes the write scope (a read key gets 403 insufficient_scope).",
          parameters: queryParametersOf(apiRequestReadQuerySchema),
          responses: { ...ok("The request.", apiRequestReadSchema), ...errors(...KEYED, "validation_failed", "insufficient_scope") },
        },
      },
      "/api/v1/orgs/{orgSlug}/requests/{requestId}/actions": {
        parameters: [orgSlug, requestId],
        post: {
          operationId: "runRequestAction",
          summary: "Run a staff action through the request's state machine. Write scope.",
          requestBody: {
            required: true,
            content: { "application/json": { schema: { oneOf: API_ACTIONS.map((action) => ({ title: action, ...jsonSchemaOf(actionBodySchemaOf(action)) })) } } },
          },
          responses: { ...ok("The action ran; the request's status and next actions.", apiActionAnswerSchema), ...errors(...WRITES) },
        },
      },
      "/api/v1/orgs/{orgSlug}/requests/{requestId}/replies": {
        parameters: [orgSlug, requestId],
        post: {
          operationId: "replyToSubject",
          summary: "Reply to the subject (status page and email). Write scope.",
          requestBody: { required: true, content: { "application/json": { schema: jsonSchemaOf(replySchema) } } },
          responses: { ...ok("Sent.", apiReplyAnswerSchema, "201"), ...errors(...WRITES) },
        },
      },
      "/api/v1/orgs/{orgSlug}/requests/{requestId}/files": {
        parameters: [orgSlug, requestId],
        post: {
          operationId: "completeWithFiles",
          summary: "Complete an access or export request with the files of the answer (checked by content; 20 MB each, 10 at most). Write scope.",
          requestBody: {
            required: true,
            content: {
              "multipart/form-data": {
                schema: {
                  ...fileBody,
                  properties: { ...fileBody.properties, [FILE_FIELD]: { type: "array", items: { type: "string", contentMediaType: "application/octet-stream" } } },
                  required: [...fileBody.required, FILE_FIELD],
                },
              },
            },
          },
          responses: { ...ok("Completed with the files.", apiFilesAnswerSchema, "201"), ...errors(...WRITES) },
        },
      },
      "/api/v1/orgs/{orgSlug}/exports/requests": {
        parameters: [orgSlug],
        get: {
          operationId: "exportRequestLog",
          summary:
            "The request log of the requests received between two days, streamed as CSV or NDJSON; audited. Any scope; identifiers=true takes the write scope.",
          parameters: queryParametersOf(requestLogRangeSchema),
          responses: {
            "200": {
              description: "The log, as an attachment.",
              headers: rateLimitHeaders,
              content: { "text/csv": { schema: { type: "string" } }, "application/x-ndjson": { schema: { type: "string" } } },
            },
            ...errors(...KEYED, "validation_failed", "insufficient_scope"),
          },
        },
      },
    },
  };
}
