// GET /{orgSlug}/logo — the organization's logo for its portal pages. Only PNG and JPEG are ever stored
// (checked by content at upload), and they go out with their own type and nosniff, so a browser cannot be
// talked into reading one as anything else. Cached and revalidated with the SHA-256 as the ETag.
import { getOrganizationLogo } from "@/lib/organizations/get-organization-logo";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ orgSlug: string }> };

const SAFE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  // Opened on its own, the image may not run or load anything.
  "Content-Security-Policy": "default-src 'none'; sandbox",
  "Cross-Origin-Resource-Policy": "same-origin",
};

function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*");
}

export async function GET(request: Request, { params }: Params) {
  const { orgSlug } = await params;
  const logo = await getOrganizationLogo(orgSlug);
  if (!logo) {
    return new Response("Not found", { status: 404, headers: { ...SAFE_HEADERS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const etag = `"${logo.sha256}"`;
  // Portal pages link to /{orgSlug}/logo?v={sha256}: a new logo is a new address, so a short cache suffices.
  const cache = { ETag: etag, "Cache-Control": "public, max-age=300, must-revalidate", "Last-Modified": logo.updatedAt.toUTCString() };
  if (etagMatches(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers: { ...SAFE_HEADERS, ...cache } });
  }
  return new Response(Buffer.from(logo.data), {
    status: 200,
    headers: {
      ...SAFE_HEADERS,
      ...cache,
      "Content-Type": logo.contentType,
      "Content-Length": String(logo.data.byteLength),
      "Content-Disposition": "inline",
    },
  });
}
