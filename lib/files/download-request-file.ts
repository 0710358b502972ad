// A subject downloads a file of their answer: their status link's token is the authority, the file
// must belong to that request of that organization, and it must still be available. Every download
// is recorded.
import "server-only";
import { getDb } from "@/lib/db/client";
import { isStatusLinkExpired } from "@/lib/requests/status-link-lifetime";
import { hashLinkToken, looksLikeLinkToken } from "@/lib/requests/tokens";

export type FileDownloadResult =
  | { kind: "file"; filename: string; contentType: string; data: Uint8Array }
  | { kind: "expired"; filename: string; availableUntil: Date; reference: string; organization: { name: string; privacyEmail: string; timeZone: string } }
  | { kind: "not_found" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function downloadRequestFile(args: {
  orgSlug: string;
  token: string;
  fileId: string;
  ip: string;
  userAgent: string | null;
  now: Date;
}): Promise<FileDownloadResult> {
  if (!looksLikeLinkToken(args.token) || !UUID.test(args.fileId)) return { kind: "not_found" };
  const db = await getDb();
  const link = await db.requestToken.findUnique({
    where: { tokenHash: hashLinkToken(args.token) },
    select: {
      purpose: true,
      expiresAt: true,
      createdAt: true,
      requestId: true,
      organizationId: true,
      request: {
        select: {
          reference: true,
          closedAt: true,
          organization: { select: { slug: true, name: true, privacyEmail: true, timeZone: true, statusLinkDaysAfterClose: true } },
        },
      },
    },
  });
  if (!link || link.purpose !== "STATUS" || link.request.organization.slug !== args.orgSlug) return { kind: "not_found" };
  if (isStatusLinkExpired(link, link.request, link.request.organization.statusLinkDaysAfterClose, args.now)) return { kind: "not_found" };

  const file = await db.requestFile.findFirst({
    where: { id: args.fileId, requestId: link.requestId, organizationId: link.organizationId },
    select: { id: true, filename: true, contentType: true, availableUntil: true },
  });
  if (!file) return { kind: "not_found" };
  if (file.availableUntil && args.now > file.availableUntil) {
    const { slug: _slug, statusLinkDaysAfterClose: _days, ...organization } = link.request.organization;
    return { kind: "expired", filename: file.filename, availableUntil: file.availableUntil, reference: link.request.reference ?? "", organization };
  }

  // Recorded before the bytes leave: a download we cannot record does not happen.
  const [, withData] = await db.$transaction([
    db.fileDownload.create({
      data: { organizationId: link.organizationId, fileId: file.id, ip: args.ip, userAgent: args.userAgent?.slice(0, 500) ?? null, createdAt: args.now },
    }),
    db.requestFile.findUniqueOrThrow({ where: { id: file.id }, select: { data: true } }),
  ]);
  return { kind: "file", filename: file.filename, contentType: file.contentType, data: withData.data };
}
