// CSV as RFC 4180 says (CRLF line ends; a field holding a comma, quote, CR or LF is quoted, quotes doubled),
// safe to open in a spreadsheet: a text cell that starts with = + - @ (or a tab or CR, which some programs
// skip before a formula) gets a leading apostrophe, so it is shown as text and never run as a formula (OWASP
// "CSV Injection"). So does one whose formula sign is full-width (＝＋－＠, which spreadsheets in East Asian
// locales read as the ASCII sign) or hides behind invisible format characters (Unicode category Cf: zero-width
// space and joiners, direction marks, word joiner, BOM, soft hyphen) or white space.

export type CsvValue = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[\t\r]|^[\p{Cf}\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;
/** Either of the two cases below; most fields (codes, dates) are neither, and are checked once. */
const NEEDS_CARE = new RegExp(`${FORMULA_START.source}|[",\\r\\n]`, "u");

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
