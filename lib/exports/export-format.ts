// The two formats of every export, written from one column list: CSV (RFC 4180 with a header row, through
// csv.ts, so formulas are neutralised) and NDJSON (one JSON object per line, keyed by the same column names).
import type { Prisma } from "@/lib/db/generated/client";
import { csvField, csvRow } from "./csv";

export const EXPORT_FORMATS = ["csv", "ndjson"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a cell holds. JSON (an audit entry's before and after) is written as JSON text in a CSV cell. */
export type ExportValue = string | number | boolean | Date | null | Prisma.JsonValue;

export type ExportColumn<Row> = {
  /** The CSV header and the NDJSON key: snake_case, stable, never translated. */
  key: string;
  value: (row: Row) => ExportValue;
};

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  ndjson: "application/x-ndjson; charset=utf-8",
};

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  csv: "CSV (spreadsheets)",
  ndjson: "NDJSON (one JSON object per line)",
};

function csvCell(value: ExportValue): string {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) {
    return csvField(value);
  }
  return csvField(JSON.stringify(value));
}

function jsonValue(value: ExportValue): Prisma.JsonValue {
  return value instanceof Date ? value.toISOString() : value;
}

/** What comes before the first row: the CSV header row; nothing for NDJSON. */
export function encodeHeader<Row>(columns: readonly ExportColumn<Row>[], format: ExportFormat): string {
  return format === "csv" ? csvRow(columns.map((c) => c.key)) : "";
}

/** The rows in `format`, each ending its line (CRLF in CSV, LF in NDJSON). */
export function encodeRows<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[], format: ExportFormat): string {
  let text = "";
  for (const row of rows) {
    if (format === "csv") {
      // Concatenated in place: a map and a join per row was a good part of a large export's time.
      for (let i = 0; i < columns.length; i++) text += (i === 0 ? "" : ",") + csvCell(columns[i]!.value(row));
      text += "\r\n";
    } else {
      const record: Record<string, Prisma.JsonValue> = {};
      for (const column of columns) record[column.key] = jsonValue(column.value(row));
      text += `${JSON.stringify(record)}\n`;
    }
  }
  return text;
}

/** e.g. `opsiq-request-log-2026-11-26.csv`: the organization, what, which days, and the format. */
export function exportFilename(orgSlug: string, what: string, days: string, format: ExportFormat): string {
  return `${orgSlug}-${what}-${days}.${format}`;
}
