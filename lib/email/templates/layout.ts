// Plain text and simple, escaped HTML for every email we send.

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export type EmailBlock = { text: string } | { link: string; label: string };

/** One message as text and HTML from the same blocks, so the two never say different things. */
export function renderEmail(blocks: EmailBlock[], footer: string): { text: string; html: string } {
  const text = [...blocks.map((b) => ("link" in b ? `${b.label}:\n${b.link}` : b.text)), "--", footer].join("\n\n");
  const html = [
    '<div style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:600px">',
    ...blocks.map((b) =>
      "link" in b
        ? `<p><a href="${escapeHtml(b.link)}" style="display:inline-block;background:#1d4ed8;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(b.label)}</a></p><p style="font-size:13px;color:#555">Or copy this address into your browser: ${escapeHtml(b.link)}</p>`
        : `<p>${escapeHtml(b.text).replace(/\n/g, "<br>")}</p>`,
    ),
    `<hr style="border:none;border-top:1px solid #ddd"><p style="font-size:13px;color:#555">${escapeHtml(footer)}</p>`,
    "</div>",
  ].join("\n");
  return { text, html };
}
