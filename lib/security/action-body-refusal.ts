// Server action posts whose body React cannot decode make Next.js answer 500 before our action runs: proxy.ts
// refuses them first with a 400 that says so. A body is readable when its JSON parts parse: the argument
// list of a JavaScript call (text/plain, or field "0" of a multipart call) and the $ACTION_ fields of a
// form posted without JavaScript.
const UNREADABLE = "This form could not be read. Reload the page and send it again.";

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function isArrayJson(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
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
    const args = form.get("0");
    if (isCall && (typeof args !== "string" || !isArrayJson(args))) return UNREADABLE;
    for (const [name, value] of form.entries()) {
      if (/^\$ACTION_\d+:\d+$/.test(name) && (typeof value !== "string" || !parsesAsJson(value))) return UNREADABLE;
    }
    return null;
  }
  if (!isCall) return null;
  if (contentType.startsWith("application/x-www-form-urlencoded")) return null;
  return isArrayJson(await request.text()) ? null : UNREADABLE;
}
