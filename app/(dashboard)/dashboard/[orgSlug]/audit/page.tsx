// /dashboard/{orgSlug}/audit — every audited action of the organization, newest first, for admins: who,
// when (in the organization's time), from where, what, on which request, before → after, and why.
// Filters and pages live in the address; the filtered log can be exported as CSV or NDJSON.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditLogTable } from "@/components/audit/audit-log-table";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { ExportForm } from "@/components/exports/export-form";
import pageStyles from "@/components/ui/list-page.module.css";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { auditSearchParams, hasAuditFilters, parseAuditView, type RawSearchParams } from "@/lib/audit/schemas";
import { requireMembership } from "@/lib/auth/require-membership";
import { can } from "@/lib/auth/roles";
import { toZonedDate } from "@/lib/deadlines/zoned-time";
import { formatReference } from "@/lib/requests/reference";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { organization } = await requireMembership((await params).orgSlug);
  return { title: `Audit log · ${organization.name}` };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { orgSlug } = await params;
  const { organization, role, user } = await requireMembership(orgSlug);
  // Not a page of theirs: the same 404 as a page that does not exist (as members and settings do).
  if (!can(role, "admin")) notFound();
  const view = parseAuditView(await searchParams);
  const exampleReference = formatReference(organization.slug, toZonedDate(new Date(), organization.timeZone).year, 123);
  const values = view.ok ? view.filters : view.values;
  const filterKey = auditSearchParams(values).toString();

  const header = (
    <PageHeader
      title="Audit log"
      className={pageStyles.header}
      description={
        <p>
          Everything staff and the system did in {organization.name}, newest first, with times in {organization.timeZone}.
          Entries cannot be changed or deleted. To export the request log itself, see{" "}
          <Link href={`/dashboard/${organization.slug}/export`}>Export the request log</Link>.
        </p>
      }
    />
  );
  const filterForm = (
    <AuditFilterForm
      // Remounted when the address changes, so the fields always show the filters in force.
      key={filterKey}
      orgSlug={organization.slug}
      values={values}
      serverErrors={view.ok ? {} : view.fieldErrors}
      exampleReference={exampleReference}
      hasFilters={view.ok ? hasAuditFilters(view.filters) : true}
    />
  );

  if (!view.ok) {
    return (
      <>
        {header}
        {filterForm}
        <Alert tone="warning" title="Fix the filters to see entries">
          <p>Some filters are not right; the form above says what to change.</p>
        </Alert>
      </>
    );
  }

  const page = await listAuditEvents(organization, view.filters, { after: view.after, before: view.before }, { reader: { userId: user.id, role, now: new Date() } });
  const isFirstPage = !view.after && !view.before;
  const isFiltered = hasAuditFilters(view.filters);
  const pagination = (
    <AuditPagination orgSlug={organization.slug} filters={view.filters} isFirstPage={isFirstPage} newerCursor={page.newerCursor} olderCursor={page.olderCursor} />
  );

  return (
    <>
      {header}
      {filterForm}
      {page.entries.length > 0 ? (
        <>
          <AuditLogTable
            entries={page.entries}
            orgSlug={organization.slug}
            timeZone={organization.timeZone}
            caption={isFiltered ? "Audit log entries matching the filters, newest first" : "Audit log entries, newest first"}
          />
          {pagination}
          <section aria-labelledby="export-audit-title" className={pageStyles.export}>
            <h2 id="export-audit-title" className={pageStyles.exportTitle}>
              Export {isFiltered ? "these entries" : "the audit log"}
            </h2>
            <p className="text-muted">
              Every {isFiltered ? "matching " : ""}entry on every page, oldest first. The export is recorded here too.
            </p>
            <ExportForm
              id="export-audit"
              action={`/dashboard/${organization.slug}/export/audit`}
              schema="format"
              hidden={Object.fromEntries(auditSearchParams(view.filters))}
              defaultValues={{ format: "csv" }}
              submitLabel={isFiltered ? "Export these entries" : "Export the audit log"}
              isCompact
            />
          </section>
        </>
      ) : isFirstPage ? (
        <Alert tone="info" title={isFiltered ? "No entries match these filters" : "No entries yet"}>
          {isFiltered ? (
            <p>
              <Link href={`/dashboard/${organization.slug}/audit`}>Clear the filters</Link> to see every entry.
            </p>
          ) : (
            <p>Staff actions, reveals of a subject and exports appear here as they happen.</p>
          )}
        </Alert>
      ) : (
        <>
          <Alert tone="info" title="No more entries this way" />
          {pagination}
        </>
      )}
    </>
  );
}
