// GET /{orgSlug}/status/{token}/files/{fileId} — a file of the subject's answer. The status link's
// token is the authority; the bytes go out as an attachment that no cache keeps, and every download
// is recorded. An expired file gets a page, in the subject's language, that says how to get a new copy.
import { attachmentDisposition } from "@/lib/files/content-disposition";
import { downloadRequestFile } from "@/lib/files/download-request-file";
import { escapeHtml } from "@/lib/email/templates/layout";
import { createTranslator } from "next-intl";
import { formatDate } from "@/lib/format/format-date";
import { localeOfRequest } from "@/lib/i18n/locale-of-request";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";
import { clientIpFrom } from "@/lib/http/client-ip";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ orgSlug: string; token: string; fileId: string }> };

const PRIVATE_HEADERS = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex",
};

function page(locale: Locale, status: number, title: string, body: string): Response {
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.0625rem;line-height:1.6;color:#16202b;background:#f5f7fa;margin:0}
main{max-width:40rem;margin:3rem auto;padding:0 1rem}h1{font-size:1.75rem;line-height:1.25}a{color:#1b4a7a}
.box{background:#fff5e0;border:1px solid #c98a00;border-left-width:5px;border-radius:10px;padding:1rem 1.5rem}</style>
</head><body><main><h1>${escapeHtml(title)}</h1><div class="box">${body}</div></main></body></html>`;
  return new Response(html, { status, headers: { ...PRIVATE_HEADERS, "Content-Type": "text/html; charset=utf-8" } });
}

export async function GET(request: Request, { params }: Params) {
  const { orgSlug, token, fileId } = await params;
  const result = await downloadRequestFile({
    orgSlug,
    token,
    fileId,
    ip: clientIpFrom(request.headers),
    userAgent: request.headers.get("user-agent"),
    now: new Date(),
  });

  if (result.kind === "not_found" || result.kind === "expired") {
    const locale = localeOfRequest(request, (await getPortalOrganization(orgSlug))?.locale);
    const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "download" });
    if (result.kind === "not_found") return page(locale, 404, t("notFoundTitle"), `<p>${escapeHtml(t("notFoundBody"))}</p>`);
    const { organization: org } = result;
    const email = escapeHtml(org.privacyEmail);
    return page(
      locale,
      410,
      t("expiredTitle"),
      `<p>${escapeHtml(t("expiredBody", { filename: result.filename, date: formatDate(result.availableUntil, org.timeZone, locale) }))}</p>` +
        `<p>${t.markup("expiredContact", {
          organization: escapeHtml(org.name),
          reference: escapeHtml(result.reference),
          contact: () => `<a href="mailto:${email}">${email}</a>`,
        })}</p>`,
    );
  }
  return new Response(Buffer.from(result.data), {
    status: 200,
    headers: {
      ...PRIVATE_HEADERS,
      "Content-Type": result.contentType,
      "Content-Length": String(result.data.byteLength),
      "Content-Disposition": attachmentDisposition(result.filename),
    },
  });
}
