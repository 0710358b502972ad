// A data subject's name and email as the queue shows them until a member reveals them: enough to
// tell rows apart at a glance, too little to identify anyone ("Aroha Ngata" → "A•••a N•••a").

const HIDDEN = "•••";

function maskWord(word: string): string {
  const chars = Array.from(word);
  // Three letters or fewer would be mostly shown by first-and-last: keep only the first.
  if (chars.length <= 3) return `${chars[0] ?? ""}${HIDDEN}`;
  return `${chars[0]}${HIDDEN}${chars.at(-1)}`;
}

/** "Aroha Ngata" → "A•••a N•••a"; short words keep only their first letter. */
export function maskName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words.length ? words.map(maskWord).join(" ") : HIDDEN;
}

/** "aroha@example.nz" → "a•••@e•••.nz": the first letters and the top-level domain only. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return HIDDEN;
  const local = Array.from(email.slice(0, at));
  const labels = email.slice(at + 1).split(".").filter(Boolean);
  const domain = labels.length >= 2 ? `${Array.from(labels[0]!)[0]}${HIDDEN}.${labels.at(-1)}` : HIDDEN;
  return `${local[0]}${HIDDEN}@${domain}`;
}

export type SubjectIdentifiers = { name: string; email: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `text` with the subject's email address and full name, wherever they appear, masked as above. */
export function maskSubjectText(text: string, subject: SubjectIdentifiers): string {
  let masked = text;
  const email = subject.email.trim();
  if (email) masked = masked.replace(new RegExp(escapeRegExp(email), "gi"), maskEmail(email));
  const name = subject.name.trim();
  // A one- or two-letter name would mask every word that contains it: only names that say something.
  if (name.length >= 3) masked = masked.replace(new RegExp(escapeRegExp(name), "gi"), maskName(name));
  return masked;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Keys under which records keep a subject's identifiers, masked whatever they hold (even after retention). */
const IDENTIFIER_KEYS: Record<string, (value: string) => string> = { subjectEmail: maskEmail, subjectName: maskName };

/** A stored JSON value (an audit record's before or after) with the subject masked in every string of it. */
export function maskSubjectInJson<T>(value: T, subject: SubjectIdentifiers): T {
  const walk = (v: Json, key?: string): Json => {
    if (typeof v === "string") return key && IDENTIFIER_KEYS[key] ? IDENTIFIER_KEYS[key](v) : maskSubjectText(v, subject);
    if (Array.isArray(v)) return v.map((item) => walk(item));
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item, k)]));
    return v;
  };
  return walk(value as Json) as T;
}
