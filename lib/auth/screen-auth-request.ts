// next-auth 4 trusts what reaches its routes: a callbackUrl or error code with control or non-Latin-1
// characters ends up in a Location header or a cookie and the route answers 500; a JSON body where it expects a
// form fails to parse. This screens /api/auth/* requests first, so bad input gets a 400 or 415 that says why,
// and a tampered callback-url cookie is refused and cleared (next-auth reads cookies through next/headers, so
// it cannot be taken out of the request on the way in).
import { NextRequest } from "next/server";

export type ScreenedAuthRequest =
  | { ok: true; request: NextRequest }
  | { ok: false; status: 400 | 415; message: string; clearCookies?: string[] };

const ERROR_CODE = /^[A-Za-z0-9_-]{0,64}$/;
const CALLBACK_COOKIE = /^(?:__Secure-)?next-auth\.callback-url$/;

/**
 * A callback address next-auth can handle: a path, or an http(s) address, in printable ASCII. Where it may lead
 * (this site only) is next-auth's redirect rule's business (its default keeps to this site), not this screen's.
 */
export function isAcceptableCallbackUrl(value: string): boolean {
  if (value.length > 2000 || !/^[\u0021-\u007e]*$/.test(value)) return false;
  if (/^\/(?![/\\])/.test(value)) return true;
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The callback-url cookies whose value next-auth would choke on. */
function badCallbackCookies(cookieHeader: string | null): string[] {
  if (!cookieHeader) return [];
  return cookieHeader.split(/;\s*/).flatMap((pair) => {
    const at = pair.indexOf("=");
    const name = at < 0 ? pair : pair.slice(0, at);
    if (!CALLBACK_COOKIE.test(name)) return [];
    try {
      return isAcceptableCallbackUrl(decodeURIComponent(pair.slice(at + 1))) ? [] : [name];
    } catch {
      return [name];
    }
  });
}

export async function screenAuthRequest(request: Request): Promise<ScreenedAuthRequest> {
  const url = new URL(request.url);
  const error = url.searchParams.get("error");
  if (error !== null && !ERROR_CODE.test(error)) return { ok: false, status: 400, message: "Unknown sign-in error code." };
  const queryCallback = url.searchParams.get("callbackUrl");
  if (queryCallback !== null && !isAcceptableCallbackUrl(queryCallback)) {
    return { ok: false, status: 400, message: "callbackUrl must be a path or an http(s) address." };
  }

  const badCookies = badCallbackCookies(request.headers.get("cookie"));
  if (badCookies.length > 0) {
    return { ok: false, status: 400, message: "The sign-in cookie was damaged and has been cleared. Please try again.", clearCookies: badCookies };
  }

  if (request.method !== "POST") return { ok: true, request: new NextRequest(request.url, { method: request.method, headers: request.headers }) };

  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    return { ok: false, status: 415, message: "Send the form as application/x-www-form-urlencoded." };
  }
  const body = await request.text();
  const callback = new URLSearchParams(body).get("callbackUrl");
  if (callback !== null && callback !== "" && !isAcceptableCallbackUrl(callback)) {
    return { ok: false, status: 400, message: "callbackUrl must be a path or an http(s) address." };
  }
  return { ok: true, request: new NextRequest(request.url, { method: "POST", headers: request.headers, body }) };
}
