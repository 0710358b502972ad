// Where to go after signing in: only a path on this site, so a crafted sign-in link cannot send
// someone to another site with our name on the way.
export const DEFAULT_AFTER_SIGN_IN = "/dashboard";

export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || value.length > 2000) return DEFAULT_AFTER_SIGN_IN;
  // "/x" but not "//host" or "/\host" (which browsers treat as another site), nor control characters.
  if (!/^\/(?![/\\])/.test(value) || /[\u0000-\u001f\u007f\\]/.test(value)) return DEFAULT_AFTER_SIGN_IN;
  // Back to the sign-in pages would be a loop.
  if (/^\/sign-in(?:[/?#]|$)/.test(value)) return DEFAULT_AFTER_SIGN_IN;
  return value;
}
