// The fuzzer's hostile inputs (scripts/fuzz.ts), from a seeded generator so a failing case can be replayed:
// malformed JSON, wrong types, huge strings, deep nesting, awkward unicode, control characters and lone
// surrogates, injection payloads, header junk, broken percent-encoding and absurd keyset cursors.
export type Rng = { next(): number; int(max: number): number; pick<T>(items: readonly T[]): T; chance(p: number): boolean };

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max) => Math.floor(next() * max),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

export const INJECTIONS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "<svg/onload=alert(1)>",
  "javascript:alert(1)",
  "' OR '1'='1' --",
  "'; DROP TABLE \"PrivacyRequest\"; --",
  "1; SELECT pg_sleep(5)",
  "${7*7}{{7*7}}<%= 7*7 %>",
  "../../../../etc/passwd",
  "%00%0d%0aSet-Cookie: x=1",
  "=HYPERLINK(\"http://evil.example\")",
  "__proto__",
  "constructor",
  "$where",
  "\\u0000",
  "%s%s%s%n",
];

export const UNICODE = [
  "\u202Egnp.exe", // right-to-left override
  "a\u200Bb\u200Cc\u200Dd\uFEFF", // zero-width characters, BOM
  "😀👩‍👩‍👧‍👦𝕏𝔂", // astral plane, ZWJ sequence
  "nul\u0000byte",
  "lone \uD800 surrogate",
  "\uDFFF trailing surrogate",
  "مرحبا بالعالم",
  "Ａｄｍｉｎ", // full-width
  "e\u0301\u0301\u0301\u0301", // stacked combining marks
  "\u0007\u001b[31mred\u001b[0m",
  "line\r\nbreak",
  "\uFFFF\uFFFE",
];

/** Every C0 control character but tab, line feed and carriage return, DEL, and lone UTF-16 surrogates. */
export const CONTROL_CHARACTERS = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).filter((c) => !"\t\n\r".includes(c)),
  "\u007f",
  "\uD800",
  "\uDBFF",
  "\uDC00",
  "\uDFFF",
];

/** `text` with one control character or lone surrogate put in somewhere (NUL most often: PostgreSQL refuses it). */
export function withControlCharacter(rng: Rng, text: string): string {
  const character = rng.chance(0.4) ? "\u0000" : rng.pick(CONTROL_CHARACTERS);
  const at = rng.int(text.length + 1);
  return `${text.slice(0, at)}${character}${text.slice(at)}`;
}

/** `valid` with exactly one of its text `fields` carrying a control character: every other check passes. */
export function withOneControlCharacter(rng: Rng, valid: Record<string, string>, fields: readonly string[] = Object.keys(valid)): Record<string, string> {
  const field = rng.pick(fields);
  return { ...valid, [field]: withControlCharacter(rng, valid[field] ?? "text") };
}

/** Percent-encoding that does not decode: a lone %, bad hex, bytes that are not UTF-8, an encoded surrogate. */
export const BAD_PERCENT_ENCODINGS = ["%ff", "%", "%zz", "%E0%A4%A", "%C0%AF", "%ED%A0%80", "%80", "%F4%90%80%80", "a%2", "%%41"];

/** A keyset cursor as the app writes them (base64url of "<time or ->.<id>"), but absurd inside. */
export function absurdCursor(rng: Rng): string {
  const id = rng.chance(0.8) ? crypto.randomUUID() : rng.pick(["", "x", "00000000-0000-0000-0000-00000000000g"]);
  // Year 33658, year 10000, "no sort key": the ones that reach the database; the rest no decoder accepts.
  const time = rng.pick(["999999999999999", "999999999999999", String(Date.UTC(10000, 0, 1)), "-", "-", "", "0", "9".repeat(16), "1e15", String(Date.now())]);
  const inside = rng.chance(0.9) ? `${time}.${id}` : hostileString(rng).slice(0, 100);
  return Buffer.from(inside).toString("base64url");
}

/** A hostile string: injections, unicode, control characters, or something far too long. */
export function hostileString(rng: Rng): string {
  switch (rng.int(7)) {
    case 6:
      return withControlCharacter(rng, rng.pick(["Aroha Ngata", "Please send my data.", "", rng.pick(INJECTIONS)]));
    case 0:
      return rng.pick(INJECTIONS);
    case 1:
      return rng.pick(UNICODE);
    case 2:
      return rng.pick(UNICODE).repeat(1 + rng.int(200));
    case 3:
      // Up to about 1 MB: bigger than any field's limit, smaller than the server's body limit.
      return "A".repeat(1 + rng.int(rng.chance(0.2) ? 1_000_000 : 20_000));
    case 4:
      return `${rng.pick(INJECTIONS)}${rng.pick(UNICODE)}${rng.pick(INJECTIONS)}`;
    default:
      return "";
  }
}

/** A value of the wrong kind: numbers where text is expected, objects, arrays, null, deep nesting. */
export function hostileValue(rng: Rng): unknown {
  switch (rng.int(9)) {
    case 0:
      return rng.pick([0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.1]);
    case 1:
      return rng.pick([true, false, null]);
    case 2:
      return [hostileString(rng), 1, null];
    case 3:
      return { [hostileString(rng).slice(0, 50)]: hostileString(rng) };
    case 4:
      return deepNesting(rng, 10 + rng.int(2000));
    case 5:
      return Array.from({ length: rng.int(5000) }, () => "x");
    default:
      return hostileString(rng);
  }
}

export function deepNesting(rng: Rng, depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = rng.chance(0.5) ? [value] : { a: value };
  return value;
}

/** An object shaped like `valid`, with some fields made hostile, some dropped and some added. */
export function mutateObject(rng: Rng, valid: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...valid };
  for (const key of Object.keys(out)) {
    const roll = rng.next();
    if (roll < 0.3) out[key] = hostileValue(rng);
    else if (roll < 0.45) out[key] = hostileString(rng);
    else if (roll < 0.5) delete out[key];
  }
  if (rng.chance(0.2)) out[hostileString(rng).slice(0, 100) || "extra"] = hostileValue(rng);
  // An own "__proto__" key, as JSON.parse would make one: prototype pollution through a parsed body.
  if (rng.chance(0.05)) Object.defineProperty(out, "__proto__", { value: { isAdmin: true }, enumerable: true });
  return out;
}

/** A body that is not valid JSON, or valid JSON of the wrong shape. */
export function malformedJson(rng: Rng, valid: Record<string, unknown>): string {
  const text = JSON.stringify(mutateObject(rng, valid));
  switch (rng.int(10)) {
    case 0:
      return text.slice(0, rng.int(text.length));
    case 1:
      return `${text},`;
    case 2:
      return `\uFEFF${text}`;
    case 3:
      return rng.pick(["", "null", "[]", "0", '"string"', "{", "}", "[[[[", "NaN", "{'a':1}", "{\"a\":undefined}"]);
    case 4:
      return `${"[".repeat(5000 + rng.int(50_000))}${"]".repeat(rng.int(2) ? 5000 : 0)}`;
    case 5:
      return text.replace(/"/g, rng.pick(["'", "\u201C", ""]));
    default:
      return text;
  }
}

/** Header junk: odd content types, insane request ids, Accept and router headers that make no sense. */
export function junkHeaders(rng: Rng): Record<string, string> {
  const headers: Record<string, string> = {};
  if (rng.chance(0.3)) headers["X-Request-Id"] = rng.pick(["", "x".repeat(500), "abc def", "<script>", "\u00ff\u00fe\u00fd\u00fc\u00fb\u00fa\u00f9\u00f8", "00000000-0000-0000-0000-000000000000"]);
  if (rng.chance(0.2)) headers.Accept = rng.pick(["*/*", "text/x-component", "application/json;q=abc", "garbage", ""]);
  if (rng.chance(0.1)) headers["Accept-Language"] = rng.pick(["zz-ZZ", "*;q=0", "x".repeat(1000), "en;q=2"]);
  if (rng.chance(0.1)) headers.Cookie = rng.pick(["next-auth.session-token=garbage", "a=b; ".repeat(200), "__Secure-next-auth.session-token=%%%"]);
  // Header values with control characters and bytes that are not ASCII (fetch itself refuses NUL, CR and LF).
  if (rng.chance(0.15)) headers[rng.pick(["X-Request-Id", "Accept-Language", "Idempotency-Key", "User-Agent", "X-Forwarded-For", "Referer"])] = headerJunk(rng);
  return headers;
}

/** A header value fetch will send (it refuses control characters but tab): tabs, Latin-1 bytes, %-junk. */
export function headerJunk(rng: Rng): string {
  return rng.pick(["a\tb", "\u00ff\u00fe\u00e9", `x${rng.pick(BAD_PERCENT_ENCODINGS)}`, "en\t;q=0.5", "\u00a0"]);
}

/** A header value only a raw socket sends: a control character (NUL included) inside printable text. */
export function rawHeaderJunk(rng: Rng): string {
  const character = rng.pick(CONTROL_CHARACTERS.filter((c) => c.charCodeAt(0) < 0x100 && c !== "\n" && c !== "\r"));
  return rng.pick([`a${character}b`, `${character}`, `Bearer rdk_${character}${"A".repeat(42)}`, `en${character};q=1`]);
}
