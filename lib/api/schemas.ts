// The bodies and queries of the staff-side /api/v1 endpoints, made of the schemas the dashboard's forms use
// (lib/requests/action-schemas.ts, lib/requests/queue/schemas.ts, lib/exports/schemas.ts), so openapi.json
// documents exactly what the server parses.
import { z } from "zod";
import {
  assignSchema,
  completeSchema,
  denySchema,
  duplicateSchema,
  extendByDaysSchema,
  extendByMonthsSchema,
  forwardSchema,
  noteSchema,
  requestInfoSchema,
  withdrawSchema,
} from "@/lib/requests/action-schemas";

const nothing = z.object({});

/** The actions POST …/requests/{id}/actions runs, each with the schema its lib function parses. */
export const API_ACTION_SCHEMAS = {
  start: nothing,
  assign: assignSchema,
  note: noteSchema,
  requestInfo: requestInfoSchema,
  resume: nothing,
  // months under GDPR and UK GDPR, days under every other regime that has an extension (extensionOffer).
  extend: z.union([extendByMonthsSchema, extendByDaysSchema]),
  complete: completeSchema,
  forward: forwardSchema,
  markDuplicate: duplicateSchema,
  deny: denySchema,
  withdraw: withdrawSchema,
} as const;

export type ApiAction = keyof typeof API_ACTION_SCHEMAS;

export const API_ACTIONS = Object.keys(API_ACTION_SCHEMAS) as [ApiAction, ...ApiAction[]];

export const actionNameSchema = z.object({
  action: z.enum(API_ACTIONS, { error: `Name the action: one of ${API_ACTIONS.join(", ")}.` }),
});

/** One body per action: its name beside the fields of its form. */
export function actionBodySchemaOf(action: ApiAction) {
  return z.object({ action: z.literal(action) }).and(API_ACTION_SCHEMAS[action]);
}

/** POST …/requests/{id}/files: the completion form's fields, sent as multipart/form-data with the files. */
export const FILE_FIELD = "files";
export const MAX_MULTIPART_BYTES = 55 * 1024 * 1024;
