// CSRF, second line: a request that changes state with the browser's cookies must come from our own pages.
// Server actions are checked by Next.js too (Origin against Host) and next-auth posts carry its CSRF token;
// this refuses any other cross-site write early and with a clear 403, before it reaches either.
export type WriteRequest = {
  method: string;
  pathname: string;
  origin: string | null;
  /** Sec-Fetch-Site, sent by every current browser: "same-origin", "same-site", "cross-site" or "none". */
  secFetchSite: string | null;
  /** Host (or X-Forwarded-Host behind a proxy, as Next.js's own check reads it). */
  host: string | null;
  /** APP_URL's host: the public address may differ from the Host a proxy forwards. */
  appHost: string;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** /api/v1 authenticates with bearer API keys (or none, for public filing): no cookies, nothing to forge. */
function isCookielessApi(pathname: string): boolean {
  return pathname.startsWith("/api/v1/");
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** The reason to refuse, or null when the request may go on. */
export function crossSiteWriteRefusal(request: WriteRequest): string | null {
  if (SAFE_METHODS.has(request.method.toUpperCase()) || isCookielessApi(request.pathname)) return null;
  if (request.secFetchSite === "cross-site" || request.secFetchSite === "same-site") {
    return "Cross-site request refused: this form can only be sent from this site's own pages.";
  }
  // No Origin: not a browser form or fetch (browsers send it on every POST); such a client carries no
  // victim's cookies, and next-auth and server actions still check their own tokens and ids.
  if (request.origin === null) return null;
  const originHost = hostOf(request.origin);
  if (originHost !== null && (originHost === request.host || originHost === request.appHost)) return null;
  return "Cross-site request refused: this form can only be sent from this site's own pages.";
}
