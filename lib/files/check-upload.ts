// Checks the files staff attach to an answer (size, type by content) and prepares them for storage
// with their SHA-256. Nothing is stored here.
import { createHash } from "node:crypto";
import { sniffFileType } from "./sniff-file-type";

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILES = 10;
/** All files of one answer together; the server action body limit (next.config.mjs) must exceed it. */
export const MAX_TOTAL_BYTES = 50 * 1024 * 1024;

export type Upload = { name: string; bytes: Uint8Array<ArrayBuffer> };

export type CheckedUpload = { filename: string; contentType: string; size: number; sha256: string; data: Uint8Array<ArrayBuffer> };

export type CheckUploadsResult = { ok: true; files: CheckedUpload[] } | { ok: false; errors: string[] };

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(size < 10 * 1024 ? 1 : 0)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

/** A name that is safe to show and to offer as a download: no folders, no control characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().replace(/^\.+/, "");
  return cleaned.slice(-200) || "file";
}

export function checkUploads(uploads: readonly Upload[]): CheckUploadsResult {
  const errors: string[] = [];
  if (uploads.length > MAX_FILES) errors.push(`Attach at most ${MAX_FILES} files (you chose ${uploads.length}).`);
  const total = uploads.reduce((sum, u) => sum + u.bytes.length, 0);
  if (total > MAX_TOTAL_BYTES) errors.push(`The files together can be at most ${formatBytes(MAX_TOTAL_BYTES)}.`);

  const files: CheckedUpload[] = [];
  for (const upload of uploads) {
    const filename = cleanFilename(upload.name);
    if (upload.bytes.length > MAX_FILE_BYTES) {
      errors.push(`${filename} is ${formatBytes(upload.bytes.length)}; each file can be at most ${formatBytes(MAX_FILE_BYTES)}.`);
      continue;
    }
    const sniffed = sniffFileType(filename, upload.bytes);
    if (!sniffed.ok) {
      errors.push(sniffed.error);
      continue;
    }
    files.push({
      filename,
      contentType: sniffed.contentType,
      size: upload.bytes.length,
      sha256: createHash("sha256").update(upload.bytes).digest("hex"),
      data: upload.bytes,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files };
}
