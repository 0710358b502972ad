// The one zod primitive for free text from outside (forms, JSON bodies, query strings): a string without
// control characters or broken UTF-16, refused with a field error rather than stored (decision 18).
// PostgreSQL refuses NUL in text (error 22021, a 500 before this), and the other controls only hide or
// garble what staff read, in the dashboard, in emails and in exports.
import { z } from "zod";

/** C0 controls except tab, line feed and carriage return (which forms send), and DEL. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Half of a surrogate pair without the other half: JSON can carry one ("\ud800"), UTF-8 cannot encode it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const CONTROL_CHARACTERS_MESSAGE = "Remove the invisible control characters from this text (type it again if you pasted it).";

/** True when `text` holds a character plainText refuses. */
export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTER.test(text) || LONE_SURROGATE.test(text);
}

/**
 * A string of free text: `error` when it is not a string, `controlCharacters` when it holds a control
 * character (other than tab and line breaks) or a lone surrogate. Chain .trim(), .min(), .max() as on
 * z.string(); the check runs first and stops the others, so the form shows the one message that helps.
 */
export function plainText({ error, controlCharacters = CONTROL_CHARACTERS_MESSAGE }: { error?: string; controlCharacters?: string } = {}) {
  return z.string(error === undefined ? undefined : { error }).refine((text) => !hasControlCharacters(text), { error: controlCharacters, abort: true });
}
