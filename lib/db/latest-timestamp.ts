// The latest instant the app sends PostgreSQL as a timestamp. A JavaScript Date goes past year 9999 (to
// 275760), but its ISO text then needs a six-digit year ("+033658-…"), which PostgreSQL does not read: a
// crafted cursor naming such a time answered 500. Decoders of times from outside check against this.
export const LATEST_TIMESTAMP_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** True when `ms` (milliseconds since 1970) is an instant PostgreSQL reads back as sent. */
export function isStorableTime(ms: number): boolean {
  return Number.isInteger(ms) && ms >= 0 && ms <= LATEST_TIMESTAMP_MS;
}
