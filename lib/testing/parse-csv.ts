// Reads CSV back the way RFC 4180 defines it, for tests that check what an export wrote (unit tests and the
// browser test that downloads one). Strict: a stray quote or an unterminated field throws.

/** The records of `text`, each a list of fields. Records end with CRLF; the last one may lack it. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const n = text.length;
  if (n === 0) return records;
  for (;;) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error("CSV: a quoted field is not closed");
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += c;
        i++;
      }
    } else {
      while (i < n && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
        if (text[i] === '"') throw new Error(`CSV: a quote inside an unquoted field at ${i}`);
        field += text[i];
        i++;
      }
    }
    record.push(field);
    if (i >= n) {
      records.push(record);
      return records;
    }
    const c = text[i]!;
    if (c === ",") {
      i++;
      continue;
    }
    if (c === "\r" && text[i + 1] === "\n") {
      records.push(record);
      record = [];
      i += 2;
      if (i >= n) return records;
      continue;
    }
    throw new Error(`CSV: expected a comma or CRLF at ${i}, found ${JSON.stringify(c)}`);
  }
}

/** The records of `text` as objects keyed by its header row. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((row) => {
    if (row.length !== header.length) throw new Error(`CSV: a record has ${row.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((key, i) => [key, row[i]!]));
  });
}
