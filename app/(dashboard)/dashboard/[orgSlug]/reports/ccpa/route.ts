// GET /dashboard/{orgSlug}/reports/ccpa?year=2026 — the year's CCPA §7102 metrics as CSV, for any member.
import { requireMembership } from "@/lib/auth/require-membership";
import { csvRow } from "@/lib/exports/csv";
import { getCcpaReport } from "@/lib/metrics/ccpa-report";
import { requestTypeLabel } from "@/lib/requests/labels";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ orgSlug: string }> }) {
  const { organization } = await requireMembership((await params).orgSlug);
  const yearText = new URL(request.url).searchParams.get("year") ?? "";
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!Number.isInteger(year) || year < 2000 || year > 9999) {
    return new Response("Give the report's year as ?year=YYYY, for example ?year=2026.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const rows = await getCcpaReport(organization, year);
  const body = [
    csvRow(["request type", "year", "received", "complied with in whole or in part", "denied", "median days to respond"]),
    ...rows.map((r) => csvRow([requestTypeLabel[r.type], year, r.received, r.compliedInWholeOrPart, r.denied, r.medianDaysToRespond])),
  ].join("");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${organization.slug}-ccpa-metrics-${year}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
