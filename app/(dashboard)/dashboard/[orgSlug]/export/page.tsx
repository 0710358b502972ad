// /dashboard/{orgSlug}/export — the request log of a period as a download, for admins: the requests
// received between two days, in both queues. The export itself is a GET to ./requests; when it refuses
// the input it sends the browser back here with it, and the form shows what to fix.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExportForm } from "@/components/exports/export-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembership } from "@/lib/auth/require-membership";
import { can } from "@/lib/auth/roles";
import { formatIsoDate, toZonedDate } from "@/lib/deadlines/zoned-time";
import { exportFieldErrors, firstValue, requestLogRangeSchema } from "@/lib/exports/schemas";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { organization } = await requireMembership((await params).orgSlug);
  return { title: `Export the request log · ${organization.name}` };
}

const text = (value: unknown) => {
  const v = firstValue(value);
  return typeof v === "string" ? v : "";
};

export default async function ExportPage({ params, searchParams }: Props) {
  const { orgSlug } = await params;
  const { organization, role } = await requireMembership(orgSlug);
  // Not a page of theirs: the same 404 as a page that does not exist (as members and settings do).
  if (!can(role, "admin")) notFound();
  const today = toZonedDate(new Date(), organization.timeZone);
  const input = await searchParams;

  let defaultValues = { from: `${today.year}-01-01`, to: formatIsoDate(today), format: "csv", identifiers: false };
  let serverErrors: Record<string, string> = {};
  // Back from the export with what was asked for: keep it, and say what is not right.
  if (text(input.view) === "range") {
    const parsed = requestLogRangeSchema.safeParse(input);
    defaultValues = { from: text(input.from), to: text(input.to), format: text(input.format) || "csv", identifiers: parsed.success ? parsed.data.identifiers : ["1", "on"].includes(text(input.identifiers)) };
    if (!parsed.success) serverErrors = exportFieldErrors(parsed.error);
  }

  return (
    <>
      <PageHeader
        title="Export the request log"
        description={
          <>
            <p>
              Every confirmed request received between two days (in {organization.timeZone} time), in both queues, oldest first:
              the dates it was received, verified, due and closed, its type, channel, status and outcome, any denial reason,
              the deadline regime and extension, and who worked it — the records CCPA §7101 asks you to keep for 24 months.
            </p>
            <p>
              To export what the queue shows, use <Link href={`/dashboard/${organization.slug}/queue`}>Export this view</Link> below
              the queue. Every export is recorded in the <Link href={`/dashboard/${organization.slug}/audit?action=request_log`}>audit log</Link>.
            </p>
          </>
        }
      />
      <ExportForm
        id="export-range"
        action={`/dashboard/${organization.slug}/export/requests`}
        schema="requestLogRange"
        hidden={{ view: "range" }}
        defaultValues={defaultValues}
        serverErrors={serverErrors}
        submitLabel="Download the request log"
      />
    </>
  );
}
