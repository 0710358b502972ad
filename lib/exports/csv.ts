// CSV as RFC 4180 says (CRLF line ends; a field holding a comma, quote, CR or LF is quoted, quotes doubled),
// safe to open in a spreadsheet: a text cell that starts with = + - @ (or a tab or CR, which some programs
// skip before a formula) gets a leading apostrophe, so it is shown as text and never run as a formula.

export type CsvValue = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
/** Either of the two cases below; most fields (codes, dates) are neither, and are checked once. */
const NEEDS_CARE = /^[=+\-@\t\r]|[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  // Numbers we write ourselves (counts, -0.5 days) stay numbers; only text can carry a formula.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value instanceof Date ? value.toISOString() : value;
  if (!NEEDS_CARE.test(text)) return text;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, with its CRLF. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
