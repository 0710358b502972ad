// /dashboard/{orgSlug}/queue — the organization's requests, in two queues (controller and processor),
// filtered and paged through the address.
import type { Metadata } from "next";
import Link from "next/link";
import { ExportForm } from "@/components/exports/export-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { QueueFilterForm } from "@/components/queue/queue-filters";
import { QueuePagination } from "@/components/queue/queue-pagination";
import { QueueTable } from "@/components/queue/queue-table";
import { QueueTabs } from "@/components/queue/queue-tabs";
import { requireMembership } from "@/lib/auth/require-membership";
import { can } from "@/lib/auth/roles";
import { describeQueueView } from "@/lib/requests/queue/describe-queue-view";
import { toZonedDate } from "@/lib/deadlines/zoned-time";
import { formatReference } from "@/lib/requests/reference";
import { countOpenByQueue } from "@/lib/requests/queue/count-open-by-queue";
import { findRevealedRequestIds } from "@/lib/requests/queue/find-revealed-request-ids";
import { listQueue } from "@/lib/requests/queue/list-queue";
import { listQueueAssignees } from "@/lib/requests/queue/list-queue-assignees";
import { presentQueueRow } from "@/lib/requests/queue/present-queue-row";
import { clearQueueFilters, hasActiveFilters, parseQueueFilters, queueHref, queueSearchParams, type RawSearchParams } from "@/lib/requests/queue/schemas";
import pageStyles from "@/components/ui/list-page.module.css";
import { revealSubjectAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { organization } = await requireMembership((await params).orgSlug);
  const { queue } = parseQueueFilters(await searchParams);
  return { title: `${queue === "PROCESSOR" ? "Processor" : "Controller"} queue · ${organization.name}` };
}

export default async function QueuePage({ params, searchParams }: Props) {
  const { organization, user, role } = await requireMembership((await params).orgSlug);
  const filters = parseQueueFilters(await searchParams);
  const now = new Date();
  const [listing, counts, assignees] = await Promise.all([
    listQueue(organization.id, filters, { now, userId: user.id }),
    countOpenByQueue(organization.id),
    listQueueAssignees(organization.id),
  ]);
  const revealed = await findRevealedRequestIds({
    organization,
    reader: { userId: user.id, role },
    requestIds: listing.rows.map((r) => r.id),
    now,
  });
  const rows = listing.rows.map((row) =>
    presentQueueRow(row, { orgSlug: organization.slug, timeZone: organization.timeZone, now, userId: user.id, isRevealed: revealed.has(row.id) }),
  );
  const assigneeId = typeof filters.assignee === "object" ? filters.assignee.userId : null;
  const view = describeQueueView(filters, { assignee: assignees.find((a) => a.id === assigneeId)?.name });
  const pagination = (
    <QueuePagination orgSlug={organization.slug} filters={filters} previousCursor={listing.previousCursor} nextCursor={listing.nextCursor} />
  );
  const clearHref = queueHref(organization.slug, clearQueueFilters(filters));
  const exampleReference = formatReference(organization.slug, toZonedDate(now, organization.timeZone).year, 123);

  return (
    <>
      <PageHeader title="Privacy requests" className={pageStyles.header} />
      <QueueTabs orgSlug={organization.slug} filters={filters} counts={counts} />
      <QueueFilterForm
        orgSlug={organization.slug}
        filters={filters}
        assignees={assignees}
        currentUserId={user.id}
        exampleReference={exampleReference}
      />

      {listing.isSearchUnrecognized ? (
        <Alert tone="warning" title="Search for a whole reference or an exact email address">
          <p>
            “{filters.q}” is neither. Type the full reference, such as {exampleReference}, or the person’s
            complete email address.
          </p>
        </Alert>
      ) : null}

      {rows.length > 0 ? (
        <>
          <QueueTable
            caption={view}
            rows={rows}
            revealAction={can(role, "reveal") ? revealSubjectAction.bind(null, organization.slug) : null}
            returnTo={queueSearchParams(filters).toString()}
          />
          <p className="text-muted">
            {can(role, "reveal")
              ? "Names and email addresses are hidden until you reveal them. A reveal is recorded in the audit log, and the subject stays visible to you for the rest of the day."
              : "Names and email addresses are hidden. Your role does not reveal them."}
          </p>
          {pagination}
          {can(role, "admin") ? (
            <section aria-labelledby="export-view-title" className={pageStyles.export}>
              <h2 id="export-view-title" className={pageStyles.exportTitle}>
                Export this view
              </h2>
              <p className="text-muted">
                Every request in this view, on every page, oldest received first, with the dates and outcomes CCPA record keeping
                asks for. <Link href={`/dashboard/${organization.slug}/export`}>Export by the days received instead</Link>.
              </p>
              <ExportForm
                id="export-view"
                action={`/dashboard/${organization.slug}/export/requests`}
                schema="requestLogOptions"
                hidden={Object.fromEntries(queueSearchParams({ ...filters, after: null, before: null }))}
                defaultValues={{ format: "csv", identifiers: false }}
                submitLabel="Export this view"
                isCompact
              />
            </section>
          ) : null}
        </>
      ) : listing.isSearchUnrecognized ? null : filters.after || filters.before ? (
        <>
          <Alert tone="info" title="No more requests this way">
            <p>The requests around this page may have changed since it was opened.</p>
          </Alert>
          {pagination}
        </>
      ) : (
        <Alert tone="info" title={hasActiveFilters(filters) ? "No requests match these filters" : "No open requests in this queue"}>
          {hasActiveFilters(filters) ? (
            <p>
              {view}: none. <Link href={clearHref}>Clear the filters</Link> to see every open request in this queue.
            </p>
          ) : (
            <p>New requests appear here once the person who made them has confirmed their email address.</p>
          )}
        </Alert>
      )}
    </>
  );
}
