// Exports as a spreadsheet or a script reads them: RFC 4180 CSV with its header row, formulas neutralised,
// any Unicode kept, and NDJSON with one object per line under the same keys.
import { describe, expect, it } from "vitest";
import { parseCsv, parseCsvObjects } from "@/lib/testing/parse-csv";
import { encodeHeader, encodeRows, exportFilename, type ExportColumn } from "./export-format";

type Row = { name: string | null; count: number | null; at: Date | null; data?: object | null };

const columns: ExportColumn<Row>[] = [
  { key: "name", value: (r) => r.name },
  { key: "count", value: (r) => r.count },
  { key: "at", value: (r) => r.at },
  { key: "data", value: (r) => (r.data ?? null) as never },
];

const csv = (rows: Row[]) => encodeHeader(columns, "csv") + encodeRows(columns, rows, "csv");
const row = (name: string | null, extra: Partial<Row> = {}): Row => ({ name, count: 1, at: null, ...extra });

describe("CSV (RFC 4180)", () => {
  it("starts with a header row and ends every record with CRLF", () => {
    expect(csv([row("Aroha")])).toBe("name,count,at,data\r\nAroha,1,,\r\n");
    expect(csv([])).toBe("name,count,at,data\r\n");
  });

  it.each([
    ["a comma", "Ngata, Aroha", '"Ngata, Aroha"'],
    ["a quote, doubled", 'The "big" shop', '"The ""big"" shop"'],
    ["a line feed", "line 1\nline 2", '"line 1\nline 2"'],
    ["a carriage return", "line 1\rline 2", '"line 1\rline 2"'],
    ["a CRLF", "line 1\r\nline 2", '"line 1\r\nline 2"'],
  ])("quotes a field holding %s", (_what, value, expected) => {
    expect(encodeRows(columns, [row(value)], "csv")).toBe(`${expected},1,,\r\n`);
  });

  it.each([
    ["=", "=HYPERLINK(\"https://evil.example\",\"click\")"],
    ["+", "+64 21 000 000"],
    ["-", "-2+3"],
    ["@", "@SUM(A1:A9)"],
    ["a tab", "\t=1+1"],
    ["a carriage return", "\r=1+1"],
  ])("neutralises a cell starting with %s: it reads back as the text with a leading apostrophe", (_start, value) => {
    const [, record] = parseCsv(csv([row(value)]));
    expect(record![0]).toBe(`'${value}`);
  });

  it("leaves numbers we write ourselves as numbers, negative ones too", () => {
    expect(encodeRows(columns, [row("x", { count: -3 })], "csv")).toBe("x,-3,,\r\n");
  });

  it("writes instants in ISO 8601 UTC and JSON as JSON text", () => {
    const at = new Date("2027-03-31T21:59:59.999Z");
    const [record] = parseCsvObjects(csv([row("x", { at, data: { status: "NEW", note: 'a, "b"' } })]));
    expect(record).toEqual({ name: "x", count: "1", at: "2027-03-31T21:59:59.999Z", data: '{"status":"NEW","note":"a, \\"b\\""}' });
  });

  it("keeps every Unicode character (accents, macrons, CJK, emoji, right-to-left) as UTF-8", () => {
    const names = ["Zoë Ōtaki", "東京 太郎", "Ana 🦋", "مريم", "e\u0301"];
    const text = csv(names.map((n) => row(n)));
    expect(parseCsvObjects(text).map((r) => r.name)).toEqual(names);
    expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(text))).toBe(text);
  });

  it("reads back exactly what was written, whatever the text", () => {
    const awkward = ['"', '""', ",", "\r\n", " leading space", "trailing,", 'x"y', "", "=", "'already quoted"];
    const records = parseCsvObjects(csv(awkward.map((n) => row(n))));
    expect(records.map((r) => r.name)).toEqual(awkward.map((n) => (/^[=+\-@\t\r]/.test(n) ? `'${n}` : n)));
  });
});

describe("NDJSON", () => {
  it("writes one JSON object per line under the CSV's column names, with nothing before the first", () => {
    const at = new Date("2026-11-26T10:00:00Z");
    expect(encodeHeader(columns, "ndjson")).toBe("");
    const text = encodeRows(columns, [row("Aroha\nNgata", { at }), row(null, { count: null, data: { a: [1, 2] } })], "ndjson");
    const lines = text.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(JSON.parse(lines[0]!)).toEqual({ name: "Aroha\nNgata", count: 1, at: "2026-11-26T10:00:00.000Z", data: null });
    expect(JSON.parse(lines[1]!)).toEqual({ name: null, count: null, at: null, data: { a: [1, 2] } });
  });

  it("leaves text as it is: NDJSON is read by programs, not spreadsheets", () => {
    expect(JSON.parse(encodeRows(columns, [row("=1+1")], "ndjson")).name).toBe("=1+1");
  });
});

describe("exportFilename", () => {
  it("names the organization, the content, the days and the format", () => {
    expect(exportFilename("opsiq", "request-log", "2026-11-26", "csv")).toBe("opsiq-request-log-2026-11-26.csv");
  });
});
