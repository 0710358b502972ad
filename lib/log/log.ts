// The one logger of the server: JSON lines {time, level, msg, requestId?, …fields} on stdout/stderr. Fields
// pass an allowlist of names that cannot hold personal data; any other field, and any email address or long
// token inside a message, is replaced by "[redacted]", so a careless call cannot put a subject in the log.
export type LogLevel = "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

// Names whose values are ids, counts, codes and places in our code, never a person's data or a secret.
const ALLOWED_FIELDS = new Set([
  "requestId",
  "event",
  "job",
  "code",
  "status",
  "method",
  "route",
  "path",
  "routePath",
  "routeType",
  "digest",
  "errorName",
  "where",
  "attempts",
  "count",
  "claimed",
  "sent",
  "failed",
  "durationMs",
  "signal",
  "port",
  "organizationId",
  "requestRecordId",
  "emailId",
  "deliveryId",
  "endpointId",
  "userId",
  "apiKeyId",
]);

const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+/g;
// Long runs of token alphabet (our link tokens and API keys are 43+ base64url characters; a hash is 64 hex).
const TOKEN = /\b(?:rdk_)?[A-Za-z0-9_-]{32,}\b/g;
const REDACTED = "[redacted]";
const MAX_STRING = 2000;

/** A string with email addresses and token-like runs removed, cut to a sane length. */
export function redactText(text: string): string {
  const cut = text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}…` : text;
  return cut.replace(EMAIL, REDACTED).replace(TOKEN, REDACTED);
}

// Ids are random (UUIDs, request ids): kept as they are when they look like one.
const ID_VALUE = /^[A-Za-z0-9._-]{1,64}$/;

function safeValue(name: string, value: unknown): unknown {
  if (name.endsWith("Id") && typeof value === "string") return ID_VALUE.test(value) ? value : REDACTED;
  if (value === null || value === undefined || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return redactText(value);
  if (value instanceof Date) return value.toISOString();
  return REDACTED;
}

/** The fields as they will be written: allowlisted names only, their values scrubbed. */
export function redactFields(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    out[name] = ALLOWED_FIELDS.has(name) ? safeValue(name, value) : REDACTED;
  }
  return out;
}

/** An error as loggable fields: its type and where it was thrown, never its message (a database error
 * quotes the values it was given). */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { errorName: typeof error };
  const where = (error.stack ?? "").split("\n").slice(1, 6).map((line) => line.trim()).join(" | ");
  return { errorName: error.name, where };
}

export type LogLine = { time: string; level: LogLevel; msg: string } & LogFields;

/** The line `write` gets; exported for the test. */
export function formatLogLine(level: LogLevel, msg: string, fields: LogFields, now: Date): string {
  const line: LogLine = { time: now.toISOString(), level, msg: redactText(msg), ...redactFields(fields) };
  return JSON.stringify(line);
}

function write(level: LogLevel, msg: string, fields: LogFields = {}) {
  const line = formatLogLine(level, msg, fields, new Date());
  if (level === "info") process.stdout.write(`${line}\n`);
  else process.stderr.write(`${line}\n`);
}

export const log = {
  info: (msg: string, fields?: LogFields) => write("info", msg, fields),
  warn: (msg: string, fields?: LogFields) => write("warn", msg, fields),
  error: (msg: string, fields?: LogFields) => write("error", msg, fields),
};
