// What every export goes through: only admins may export, each member only so often, and each export is
// recorded in the audit log when its stream ends — who, when, what was asked for, how many rows went out,
// and whether it finished. Audit records are only ever inserted: the record is written once, at the end.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { PermissionError } from "@/lib/auth/require-membership";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import type { StaffContext } from "@/lib/requests/run-staff-action";
import { EXPORT_CONTENT_TYPES, type ExportColumn, type ExportFormat } from "./export-format";
import { streamExport, type StreamExportOptions } from "./stream-export";

/** Exports one member may start per window, per organization: each can read the whole database. */
export const EXPORT_RATE_LIMIT = { max: 20, windowSeconds: 3600 };

export type ExportRefusal =
  | { ok: false; code: "forbidden"; error: string }
  | { ok: false; code: "rate_limited"; error: string; retryAfterSeconds: number };

export type ExportResult = { ok: true; body: ReadableStream<Uint8Array>; filename: string; contentType: string } | ExportRefusal;

/** Why `context` may not start an export now, or null when it may. Counts the attempt against the limit. */
export async function refuseExport(context: StaffContext, now: Date): Promise<ExportRefusal | null> {
  // An admin created the API key to read the organization's records (decision 9): keys export without "admin".
  if (!context.apiKey && !can(context.role, "admin")) {
    return { ok: false, code: "forbidden", error: new PermissionError(context.role, "admin").message };
  }
  const limit = await hitRateLimit({
    key: `export:${context.organization.id}:${context.apiKey ? `key:${context.apiKey.id}` : context.user.id}`,
    ...EXPORT_RATE_LIMIT,
    now,
  });
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return {
      ok: false,
      code: "rate_limited",
      error: `You have started ${EXPORT_RATE_LIMIT.max} exports this hour. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
      retryAfterSeconds: limit.retryAfterSeconds,
    };
  }
  return null;
}

export type StartExportArgs<Row> = {
  context: StaffContext;
  format: ExportFormat;
  columns: readonly ExportColumn<Row>[];
  readBatch: StreamExportOptions<Row>["readBatch"];
  filename: string;
  /** The audit record's action, e.g. "request_log.exported". */
  action: string;
  /** What was asked for (filters, identifiers yes/no), kept in the audit record with the outcome. */
  request: Prisma.InputJsonObject;
  batchSize?: number;
  onBatch?: (rows: number) => void;
};

/** The export's stream; its audit record is written when the stream ends. Call refuseExport first. */
export function startExport<Row>(args: StartExportArgs<Row>): ExportResult {
  const { context, format } = args;
  const body = streamExport({
    columns: args.columns,
    format,
    readBatch: args.readBatch,
    batchSize: args.batchSize,
    onBatch: args.onBatch,
    async onEnd({ rows, outcome }) {
      const db = await getDb();
      await db.$transaction((tx) =>
        recordAudit(tx, {
          organizationId: context.organization.id,
          actor: context.actor,
          action: args.action,
          targetType: "Organization",
          targetId: context.organization.id,
          after: { ...args.request, format, rows, outcome },
        }),
      );
    },
  });
  return { ok: true, body, filename: args.filename, contentType: EXPORT_CONTENT_TYPES[format] };
}
