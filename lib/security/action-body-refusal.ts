// Server action posts whose body React cannot decode make Next.js answer 500 before our action runs: proxy.ts
// refuses them first with a 400 that says so. A body is readable when its JSON parts parse: the argument
// list of a JavaScript call (text/plain, or field "0" of a multipart call) and the $ACTION_ fields of a
// form posted without JavaScript — and when every part the arguments refer to is in the body: React waits for
// a missing part until the body ends and then fails ("Connection closed").
const UNREADABLE = "This form could not be read. Reload the page and send it again.";

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function arrayJson(text: string): unknown[] | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

// React's reply format: a string starting with "$" is a reference unless it is "$$…" (a literal dollar), a FormData
// ("$K", fields "<id>_…", possibly none) or a value written inline ("$D" date, "$n" bigint, "$undefined",
// "$NaN", "$Infinity", "$-Infinity", "$-0"). Any other refers to another part of the body by a hexadecimal id,
// after a one-letter tag ("$@1", "$Q2", "$F3"…) or none ("$1a:prop"), sent as the form field of that id in decimal.
const INLINE = new Set(["$", "K", "D", "n", "u", "N", "I", "-"]);
const TAG = /^[@FQWiABOoUSsLlGgMmVRrXxTYZhC]$/;

/** The decimal id of the part a string refers to; undefined when it refers to none; null when no part could match. */
function referencedPart(value: string): string | null | undefined {
  if (!value.startsWith("$") || value.length < 2 || INLINE.has(value[1]!)) return undefined;
  const id = (TAG.test(value[1]!) ? value.slice(2) : value.slice(1)).split(":")[0]!;
  return /^[0-9a-f]{1,8}$/.test(id) ? String(parseInt(id, 16)) : null;
}

/** Whether every part the arguments refer to is there (`hasPart` answers for a part's decimal id). */
function referencesResolve(value: unknown, hasPart: (id: string) => boolean, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === "string") {
    const part = referencedPart(value);
    return part === undefined || (part !== null && hasPart(part));
  }
  if (Array.isArray(value)) return value.every((item) => referencesResolve(item, hasPart, depth + 1));
  if (value && typeof value === "object") return Object.values(value).every((item) => referencesResolve(item, hasPart, depth + 1));
  return true;
}

/** Whether the POST is a server action call: Next-Action header, or a no-JavaScript form with $ACTION_ fields. */
export function mayBeActionPost(method: string, pathname: string, headers: Pick<Headers, "get">): boolean {
  if (method !== "POST" || pathname.startsWith("/api/")) return false;
  return headers.get("next-action") !== null || (headers.get("content-type") ?? "").startsWith("multipart/form-data");
}

/** The reason to refuse the action post, or null when React can decode it. */
export async function actionBodyRefusal(request: Request): Promise<string | null> {
  const contentType = request.headers.get("content-type") ?? "";
  const isCall = request.headers.get("next-action") !== null;
  if (contentType.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return UNREADABLE;
    }
    if (isCall) {
      const raw = form.get("0");
      const args = typeof raw === "string" ? arrayJson(raw) : null;
      if (!args) return UNREADABLE;
      // Every other part may refer onwards too: check them all against the fields present.
      for (const [name, value] of form.entries()) {
        if (!/^\d+$/.test(name) || typeof value !== "string") continue;
        let part: unknown = value;
        try {
          part = JSON.parse(value);
        } catch {
          // A part need not be JSON (a file's text, say): nothing in it is a reference.
        }
        if (!referencesResolve(part, (id) => form.has(id))) return UNREADABLE;
      }
    }
    // A field name with control characters passes this parser but not the one Next.js uses ("Malformed part header").
    for (const name of form.keys()) if (/[\u0000-\u001f\u007f]/.test(name)) return UNREADABLE;
    // A form posted without JavaScript: "$ACTION_<n>:<id>" fields are the parts, referring to each other the same way.
    for (const [name, value] of form.entries()) {
      const field = /^\$ACTION_(\d+):\d+$/.exec(name);
      if (!field) continue;
      if (typeof value !== "string" || !parsesAsJson(value)) return UNREADABLE;
      if (!referencesResolve(JSON.parse(value), (id) => form.has(`$ACTION_${field[1]}:${id}`))) return UNREADABLE;
    }
    return null;
  }
  if (!isCall) return null;
  if (contentType.startsWith("application/x-www-form-urlencoded")) return null;
  // A call sent as text holds its arguments only: any reference to another part can never resolve.
  const args = arrayJson(await request.text());
  return args && referencesResolve(args, () => false) ? null : UNREADABLE;
}
