// The page's path as the proxy saw it (layouts cannot read the URL), and whether it belongs to the portal.
import { isReservedSlug } from "@/lib/organizations/reserved-slugs";

/** Set by proxy.ts on every page request; a value sent by the browser is overwritten there. */
export const PAGE_PATH_HEADER = "x-rightsdesk-path";

/** The portal (front page and /{orgSlug}/…) speaks the subject's language; staff, sign-in and API routes stay English. */
export function portalOfPath(path: string): { isPortal: false } | { isPortal: true; orgSlug: string | null } {
  const first = path.split(/[?#]/)[0]!.split("/")[1] ?? "";
  if (first === "") return { isPortal: true, orgSlug: null };
  let slug: string;
  try {
    slug = decodeURIComponent(first);
  } catch {
    return { isPortal: true, orgSlug: null };
  }
  // The request form embedded in an organization's website (app/(embed)) is the portal's, at /embed/{orgSlug}.
  if (slug === "embed") return portalOfPath(`/${path.split(/[?#]/)[0]!.split("/").slice(2).join("/")}`);
  if (isReservedSlug(slug)) return { isPortal: false };
  return { isPortal: true, orgSlug: slug };
}

/** A path on this site to return to after choosing a language; anything else returns to the front page. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 2000) return "/";
  if (!/^\/(?![/\\])/.test(value) || /[\u0000-\u001f\u007f\\]/.test(value)) return "/";
  return value;
}
