// Runs before every request (Next.js 16 "proxy", formerly middleware): gives the request an id and a CSP
// nonce, refuses cross-site writes, puts the security headers on the response (lib/security), and passes the
// page's path to the server components (layouts cannot read the URL), so the root layout can tell a portal
// page (the subject's language) from a staff page (English).
import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { PAGE_PATH_HEADER } from "@/lib/i18n/page-path";
import { acceptRequestId, REQUEST_ID_HEADER } from "@/lib/log/request-id";
import { actionBodyRefusal, mayBeActionPost } from "@/lib/security/action-body-refusal";
import { crossSiteWriteRefusal } from "@/lib/security/cross-site-write";
import { buildSecurityHeaders, newNonce } from "@/lib/security/security-headers";

export async function proxy(request: NextRequest) {
  const env = getEnv();
  const appUrl = new URL(env.APP_URL);
  const { pathname } = request.nextUrl;
  const requestId = acceptRequestId(request.headers.get(REQUEST_ID_HEADER));
  const nonce = newNonce();
  const security = buildSecurityHeaders({
    pathname,
    nonce,
    isHttps: appUrl.protocol === "https:",
    isDevServer: env.NODE_ENV === "development",
  });

  const crossSite = crossSiteWriteRefusal({
    method: request.method,
    pathname,
    origin: request.headers.get("origin"),
    secFetchSite: request.headers.get("sec-fetch-site"),
    host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
    appHost: appUrl.host,
  });
  const unreadable = !crossSite && mayBeActionPost(request.method, pathname, request.headers) ? await actionBodyRefusal(request.clone()) : null;
  const response = crossSite
    ? NextResponse.json({ error: { code: "cross_site_request", message: crossSite, requestId } }, { status: 403 })
    : unreadable
      ? NextResponse.json({ error: { code: "invalid_body", message: unreadable, requestId } }, { status: 400 })
      : (() => {
        // Next.js reads the nonce for its own inline scripts from the request's Content-Security-Policy.
        const forwarded = new Headers(request.headers);
        forwarded.set(REQUEST_ID_HEADER, requestId);
        forwarded.set("Content-Security-Policy", security["Content-Security-Policy"]!);
        forwarded.set("x-nonce", nonce);
        // Overwrites any value the browser sent.
        forwarded.set(PAGE_PATH_HEADER, pathname + request.nextUrl.search);
        return NextResponse.next({ request: { headers: forwarded } });
      })();

  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // Every path, static files included: nosniff and the framing rule belong on those too. Prefetches get the
  // headers as well; their nonce is unused, as the page they prefetch renders again with its own.
  matcher: "/:path*",
};
