// Request references such as OPSIQ-2026-000123: the organization's prefix, the year, a sequence.

export function referencePrefix(slug: string): string {
  return slug.replace(/[^a-z0-9]/gi, "").toUpperCase().slice(0, 12) || "REQ";
}

export function formatReference(slug: string, year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`Invalid sequence ${sequence}`);
  return `${referencePrefix(slug)}-${year}-${String(sequence).padStart(6, "0")}`;
}

export const REFERENCE_PATTERN = /^[A-Z0-9]{1,12}-\d{4}-\d{6,}$/;
