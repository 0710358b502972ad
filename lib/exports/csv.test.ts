import { describe, expect, it } from "vitest";
import { csvField, csvRow } from "./csv";

describe("csvField", () => {
  it.each<[string, Parameters<typeof csvField>[0], string]>([
    ["plain text as is", "OPSIQ-2026-000001", "OPSIQ-2026-000001"],
    ["a comma quotes the field", "Ngata, Aroha", '"Ngata, Aroha"'],
    ["quotes are doubled inside quotes", 'She said "no"', '"She said ""no"""'],
    ["a line break quotes the field", "line 1\r\nline 2", '"line 1\r\nline 2"'],
    ["unicode is kept", "Zoë Ōtaki — 東京", "Zoë Ōtaki — 東京"],
    ["empty for null", null, ""],
    ["empty for undefined", undefined, ""],
    ["dates in ISO 8601 UTC", new Date("2027-03-31T21:59:59.999Z"), "2027-03-31T21:59:59.999Z"],
    ["numbers as numbers, also negative", -1.5, "-1.5"],
    ["a formula is neutralised", "=HYPERLINK(\"http://evil\")", `"'=HYPERLINK(""http://evil"")"`],
    ["+ starts a formula too", "+1+1", "'+1+1"],
    ["- starts a formula too", "-2+3", "'-2+3"],
    ["@ starts a formula too", "@SUM(A1)", "'@SUM(A1)"],
    ["a leading tab is neutralised", "\t=1", "'\t=1"],
    ["a leading CR is neutralised", "\r=1", `"'\r=1"`],
    ["a full-width ＝ starts a formula", "＝HYPERLINK(1)", "'＝HYPERLINK(1)"],
    ["a full-width ＋ starts a formula", "＋1", "'＋1"],
    ["a full-width － starts a formula", "－1", "'－1"],
    ["a full-width ＠ starts a formula", "＠SUM(A1)", "'＠SUM(A1)"],
    ["a zero-width space before = is neutralised", "\u200B=1+1", "'\u200B=1+1"],
    ["a right-to-left mark before + is neutralised", "\u200F+1", "'\u200F+1"],
    ["a word joiner before - is neutralised", "\u2060-1", "'\u2060-1"],
    ["a byte order mark before @ is neutralised", "\uFEFF@SUM(A1)", "'\uFEFF@SUM(A1)"],
    ["a soft hyphen before ＝ is neutralised", "\u00AD＝1", "'\u00AD＝1"],
    ["several invisible characters and spaces before = are neutralised", "\u200C \u200D\u00A0=1", "'\u200C \u200D\u00A0=1"],
    ["a space before = is neutralised", " =1", "' =1"],
    ["invisible characters before plain text are kept as they are", "\u200BAroha", "\u200BAroha"],
    ["a sign inside the text is not a formula", "Ngata=Aroha", "Ngata=Aroha"],
  ])("%s", (_why, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe("csvRow", () => {
  it("joins fields with commas and ends with CRLF", () => {
    expect(csvRow(["a", 1, null, "b,c"])).toBe('a,1,,"b,c"\r\n');
  });
});
