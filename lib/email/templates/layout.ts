// Plain text and simple, escaped HTML for every email we send.

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export type EmailBlock =
  | { text: string }
  | { link: string; label: string }
  /** A list of linked lines, e.g. the requests of a digest. */
  | { list: { label: string; link: string; detail: string }[] };

function blockText(b: EmailBlock): string {
  if ("link" in b) return `${b.label}:\n${b.link}`;
  if ("list" in b) return b.list.map((item) => `* ${item.label}: ${item.detail}\n  ${item.link}`).join("\n\n");
  return b.text;
}

function blockHtml(b: EmailBlock, copyLink: string): string {
  if ("link" in b) {
    return `<p><a href="${escapeHtml(b.link)}" style="display:inline-block;background:#1d4ed8;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(b.label)}</a></p><p style="font-size:13px;color:#555">${escapeHtml(copyLink)} ${escapeHtml(b.link)}</p>`;
  }
  if ("list" in b) {
    const items = b.list.map((item) => `<li style="margin-bottom:8px"><a href="${escapeHtml(item.link)}">${escapeHtml(item.label)}</a>: ${escapeHtml(item.detail)}</li>`);
    return `<ul style="padding-left:20px">${items.join("")}</ul>`;
  }
  return `<p>${escapeHtml(b.text).replace(/\n/g, "<br>")}</p>`;
}

/**
 * One message as text and HTML from the same blocks, so the two never say different things. `copyLink` is the
 * line under a button, in the reader's language (subject emails pass their catalog's).
 */
export function renderEmail(
  blocks: EmailBlock[],
  footer: string,
  { copyLink = "Or copy this address into your browser:" }: { copyLink?: string } = {},
): { text: string; html: string } {
  const text = [...blocks.map(blockText), "--", footer].join("\n\n");
  const html = [
    '<div style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:600px">',
    ...blocks.map((b) => blockHtml(b, copyLink)),
    `<hr style="border:none;border-top:1px solid #ddd"><p style="font-size:13px;color:#555">${escapeHtml(footer)}</p>`,
    "</div>",
  ].join("\n");
  return { text, html };
}
