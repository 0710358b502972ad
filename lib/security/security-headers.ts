// The security headers of every response, built in one place for proxy.ts: a strict Content-Security-Policy
// with the request's nonce, HSTS on https deployments, and the framing rule (none, except the embeddable form).
export type SecurityHeaderOptions = {
  pathname: string;
  /** This request's CSP nonce: base64 of 16 random bytes (newNonce). */
  nonce: string;
  /** APP_URL is https: browsers get HSTS and insecure sub-requests are upgraded. */
  isHttps: boolean;
  /** `next dev`: React's development build evaluates code from strings (eval), production never does. */
  isDevServer: boolean;
};

/** The embeddable request form (decision 0012): any website may frame it; nothing else may be framed. */
export function isEmbeddablePath(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** 128 random bits, base64: a CSP nonce for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function buildContentSecurityPolicy({ pathname, nonce, isHttps, isDevServer }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': the nonced scripts Next.js writes may load its chunks; no host allowlist, no inline.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevServer ? " 'unsafe-eval'" : ""}`,
    // React renders style attributes (the organization's accent colour, chart sizes) and Next.js inlines
    // critical CSS; styles cannot run script, and img-src/font-src/connect-src keep CSS from sending data away.
    "style-src 'self' 'unsafe-inline'",
    // data: for the TOTP QR code and small inline images; the logo is served from our own origin.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${isEmbeddablePath(pathname) ? "*" : "'none'"}`,
  ];
  if (isHttps) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Every header proxy.ts puts on a response, by name. */
export function buildSecurityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": buildContentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    // Our own pages keep the full address (status pages link among themselves); other sites get nothing,
    // so a status or invitation link never leaks through a link the subject follows.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  // Older browsers ignore frame-ancestors; X-Frame-Options has no "anyone" value, so the embed sends none.
  if (!isEmbeddablePath(options.pathname)) headers["X-Frame-Options"] = "DENY";
  // Only on https: sent over plain http a browser ignores it, and pinning http://localhost would break
  // every other development server on that name for two years.
  if (options.isHttps) headers["Strict-Transport-Security"] = HSTS_VALUE;
  return headers;
}
