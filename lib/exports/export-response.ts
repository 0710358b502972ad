// The HTTP answer to an export: the stream as an attachment no cache keeps and no browser sniffs, or a
// short page saying why there is none (a role that may not export, too many exports this hour).
import { escapeHtml } from "@/lib/email/templates/layout";
import { attachmentDisposition } from "@/lib/files/content-disposition";
import type { ExportResult } from "./start-export";

// (Referrer-Policy comes from next.config.mjs, which overrides a route's own.)
const PRIVATE_HEADERS = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "X-Robots-Tag": "noindex",
};

/** A page for a refused export, with a way back. */
export function refusalPage(status: number, title: string, message: string, back: { href: string; label: string }, headers: Record<string, string> = {}): Response {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.0625rem;line-height:1.6;color:#16202b;background:#f5f7fa;margin:0}
main{max-width:40rem;margin:3rem auto;padding:0 1rem}h1{font-size:1.75rem;line-height:1.25}a{color:#1b4a7a}</style>
</head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p></main></body></html>`;
  return new Response(html, { status, headers: { ...PRIVATE_HEADERS, ...headers, "Content-Type": "text/html; charset=utf-8" } });
}

export function exportResponse(result: ExportResult, back: { href: string; label: string }): Response {
  if (!result.ok) {
    return result.code === "forbidden"
      ? refusalPage(403, "You can't export this", result.error, back)
      : refusalPage(429, "Too many exports", result.error, back, { "Retry-After": String(result.retryAfterSeconds) });
  }
  return new Response(result.body, {
    status: 200,
    headers: {
      ...PRIVATE_HEADERS,
      "Content-Type": result.contentType,
      "Content-Disposition": attachmentDisposition(result.filename),
      // A reverse proxy that buffers whole responses would hold a large export back until its end.
      "X-Accel-Buffering": "no",
    },
  });
}
