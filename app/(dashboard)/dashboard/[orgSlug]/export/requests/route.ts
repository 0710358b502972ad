// GET /dashboard/{orgSlug}/export/requests — the request log as a CSV or NDJSON download, for admins:
// the queue's current view (its filters in the address), or with view=range the requests received between
// two days. Input that is not right goes back to the export page, which shows what to fix.
import { notFound, redirect } from "next/navigation";
import { requireMembership } from "@/lib/auth/require-membership";
import { can } from "@/lib/auth/roles";
import { exportRequestLog, type RequestLogSelection } from "@/lib/exports/export-request-log";
import { exportResponse, refusalPage } from "@/lib/exports/export-response";
import { requestLogOptionsSchema, requestLogRangeSchema } from "@/lib/exports/schemas";
import { hasControlCharacters } from "@/lib/http/plain-text";
import { parseQueueFilters, queueHref } from "@/lib/requests/queue/schemas";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ orgSlug: string }> };

export async function GET(request: Request, { params }: Params) {
  const { orgSlug } = await params;
  // Signed out: to sign-in. Not a member, or a member who is not an admin: 404, as for the admin pages.
  const context = await requireMembership(orgSlug);
  if (!can(context.role, "admin")) notFound();
  const queue = { href: `/dashboard/${orgSlug}/queue`, label: "Back to the queue" };
  const search = new URL(request.url).searchParams;
  const input = Object.fromEntries(search);

  let selection: RequestLogSelection;
  let options: { format: "csv" | "ndjson"; identifiers: boolean };
  let back = queue;
  if (search.get("view") === "range") {
    const parsed = requestLogRangeSchema.safeParse(input);
    if (!parsed.success) redirect(`/dashboard/${context.organization.slug}/export?${search}`);
    selection = { kind: "range", from: parsed.data.from, to: parsed.data.to };
    options = parsed.data;
    back = { href: `/dashboard/${context.organization.slug}/export`, label: "Back to the export page" };
  } else {
    const filters = parseQueueFilters(search);
    back = { href: queueHref(context.organization.slug, filters), label: "Back to the queue" };
    // The search is kept in the export's audit record, which cannot hold a NUL: refused before the first byte.
    if (hasControlCharacters(filters.q)) return refusalPage(400, "Check the search", "Remove the invisible control characters from the search, then export again.", back);
    const parsed = requestLogOptionsSchema.safeParse(input);
    if (!parsed.success) return refusalPage(400, "Choose a format", "Choose CSV or NDJSON for the export.", back);
    selection = { kind: "queue", filters };
    options = parsed.data;
  }

  const result = await exportRequestLog({
    context,
    selection,
    format: options.format,
    includeIdentifiers: options.identifiers,
    now: new Date(),
  });
  return exportResponse(result, back);
}
