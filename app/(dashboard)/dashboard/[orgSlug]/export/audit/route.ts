// GET /dashboard/{orgSlug}/export/audit — the audit log, filtered as on the audit page, as a CSV or NDJSON
// download for admins. Filters that are not right go back to the audit page, which shows what to fix.
import { notFound, redirect } from "next/navigation";
import { parseAuditView } from "@/lib/audit/schemas";
import { requireMembership } from "@/lib/auth/require-membership";
import { can } from "@/lib/auth/roles";
import { exportAuditLog } from "@/lib/exports/export-audit-log";
import { exportResponse, refusalPage } from "@/lib/exports/export-response";
import { exportFormatSchema } from "@/lib/exports/schemas";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ orgSlug: string }> };

export async function GET(request: Request, { params }: Params) {
  const { orgSlug } = await params;
  // Signed out: to sign-in. Not a member, or a member who is not an admin: 404, as for the admin pages.
  const context = await requireMembership(orgSlug);
  if (!can(context.role, "admin")) notFound();
  const search = new URL(request.url).searchParams;
  const auditPage = `/dashboard/${context.organization.slug}/audit`;

  const view = parseAuditView(search);
  if (!view.ok) redirect(`${auditPage}?${search}`);
  const back = { href: `${auditPage}?${search}`, label: "Back to the audit log" };
  const format = exportFormatSchema.safeParse(Object.fromEntries(search));
  if (!format.success) return refusalPage(400, "Choose a format", "Choose CSV or NDJSON for the export.", back);

  const result = await exportAuditLog({ context, filters: view.filters, format: format.data.format, now: new Date() });
  return exportResponse(result, back);
}
