// Decides what an uploaded file is from its bytes, never from the name or the browser's word, and
// accepts only the kinds we deliver to subjects: PDF, ZIP, PNG, JPEG, and UTF-8 text as CSV, JSON or TXT.
// The name's extension must agree with the content, so a download opens as what it is.

export type SniffedType = { contentType: string; kind: "pdf" | "zip" | "png" | "jpeg" | "csv" | "json" | "txt" };

export type SniffResult = ({ ok: true } & SniffedType) | { ok: false; error: string };

const EXTENSIONS: Record<SniffedType["kind"], readonly string[]> = {
  pdf: [".pdf"],
  zip: [".zip"],
  png: [".png"],
  jpeg: [".jpg", ".jpeg"],
  csv: [".csv"],
  json: [".json"],
  txt: [".txt"],
};

const CONTENT_TYPES: Record<SniffedType["kind"], string> = {
  pdf: "application/pdf",
  zip: "application/zip",
  png: "image/png",
  jpeg: "image/jpeg",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  txt: "text/plain; charset=utf-8",
};

export const ALLOWED_FILE_TYPES_TEXT = "PDF, ZIP, PNG, JPEG, or UTF-8 text as .csv, .json or .txt";

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf(".");
  return dot > 0 ? filename.slice(dot).toLowerCase() : "";
}

function binaryKind(bytes: Uint8Array): SniffedType["kind"] | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "zip"; // PK\x03\x04
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  return null;
}

/** The binary kind `bytes` are by their signature (PDF, ZIP, PNG, JPEG), whatever a name says; null for others. */
export function sniffBinaryKind(bytes: Uint8Array): SniffedType["kind"] | null {
  return binaryKind(bytes);
}

/** The content type a kind is served with. */
export function contentTypeOf(kind: SniffedType["kind"]): string {
  return CONTENT_TYPES[kind];
}

/** Valid UTF-8 without NUL bytes, as a string (a leading BOM removed), or null. */
function utf8Text(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch {
    return null;
  }
}

function describe(kind: SniffedType["kind"]): string {
  return { pdf: "a PDF", zip: "a ZIP archive", png: "a PNG image", jpeg: "a JPEG image", csv: "text", json: "text", txt: "text" }[kind];
}

export function sniffFileType(filename: string, bytes: Uint8Array): SniffResult {
  const name = filename || "the file";
  if (bytes.length === 0) return { ok: false, error: `${name} is empty.` };
  const extension = extensionOf(filename);

  const binary = binaryKind(bytes);
  if (binary) {
    if (!EXTENSIONS[binary].includes(extension)) {
      return { ok: false, error: `${name} contains ${describe(binary)}, so its name must end in ${EXTENSIONS[binary].join(" or ")}.` };
    }
    return { ok: true, kind: binary, contentType: CONTENT_TYPES[binary] };
  }

  const textKind = (["csv", "json", "txt"] as const).find((kind) => EXTENSIONS[kind].includes(extension));
  const text = utf8Text(bytes);
  if (!textKind) {
    return { ok: false, error: `${name} is not a file type we can send: use ${ALLOWED_FILE_TYPES_TEXT}.` };
  }
  if (text === null) return { ok: false, error: `${name} is not plain UTF-8 text, so it cannot be sent as ${extension}.` };
  if (textKind === "json") {
    try {
      JSON.parse(text);
    } catch {
      return { ok: false, error: `${name} is not valid JSON.` };
    }
  }
  return { ok: true, kind: textKind, contentType: CONTENT_TYPES[textKind] };
}
