// /dashboard/{orgSlug} — the organization's overview for every member: open work and what is due, how fast
// and how punctually requests are closed, requests per type per month (charts with their tables), and the
// yearly CCPA §7102 metrics as CSV.
import type { Metadata } from "next";
import Link from "next/link";
import { StackedBarChart, type ChartSeries } from "@/components/metrics/bar-chart";
import styles from "@/components/metrics/overview.module.css";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembership } from "@/lib/auth/require-membership";
import { Queue, RequestType } from "@/lib/db/generated/enums";
import { toZonedDate } from "@/lib/deadlines/zoned-time";
import { getOrganizationMetrics } from "@/lib/metrics/organization-metrics";
import { queueLabel, requestTypeLabel, staffStatusLabel } from "@/lib/requests/labels";
import { OPEN_STATUSES } from "@/lib/requests/workflow";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Overview" };

const TYPE_COLORS: Record<RequestType, string> = {
  ACCESS: "#1b4a7a",
  CORRECTION: "#2f7d6d",
  DELETION: "#b42318",
  EXPORT: "#6b4fa0",
  RESTRICTION: "#c98a00",
  OBJECTION: "#5b6b7b",
  OPT_OUT_SALE: "#d0608f",
};
const QUEUE_COLORS: Record<Queue, string> = { CONTROLLER: "#1b4a7a", PROCESSOR: "#c98a00" };

const days = (n: number | null) => (n === null ? "—" : `${n.toFixed(1)} days`);
const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

function monthLabel(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year!, m! - 1, 1)));
}

export default async function OrganizationOverview({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { organization } = await requireMembership((await params).orgSlug);
  const now = new Date();
  const metrics = await getOrganizationMetrics(organization, now);
  const queueHref = `/dashboard/${organization.slug}/queue`;
  const openTotal = metrics.open.reduce((sum, r) => sum + r.count, 0);
  const openCount = (status: string, queue: Queue) => metrics.open.find((r) => r.status === status && r.queue === queue)?.count ?? 0;

  const openData = OPEN_STATUSES.map((status) => ({
    status: staffStatusLabel[status],
    ...Object.fromEntries(Object.values(Queue).map((q) => [q, openCount(status, q)])),
  }));
  const queueSeries: ChartSeries[] = Object.values(Queue).map((q) => ({ key: q, label: queueLabel[q], color: QUEUE_COLORS[q] }));
  const types = Object.values(RequestType).filter((t) => metrics.perMonth.some((m) => m.counts[t]));
  const monthData = metrics.perMonth.map((m) => ({ month: monthLabel(m.month), ...Object.fromEntries(types.map((t) => [t, m.counts[t] ?? 0])) }));
  const typeSeries: ChartSeries[] = types.map((t) => ({ key: t, label: requestTypeLabel[t], color: TYPE_COLORS[t] }));
  const thisYear = toZonedDate(now, organization.timeZone).year;

  return (
    <div className="stack">
      <PageHeader title="Overview" description={<p>{organization.name}: the work open now, and how requests have been answered over the last 12 months.</p>} />

      <ul className={styles.figures} aria-label="Headline figures">
        <Card as="li">
          <p className={styles.figure}>
            <span className={styles.figureLabel}>Overdue</span>
            <Link href={`${queueHref}?due=overdue`} className={`${styles.figureValue} ${metrics.overdue > 0 ? styles.alert : ""}`}>
              {metrics.overdue}
            </Link>
          </p>
        </Card>
        <Card as="li">
          <p className={styles.figure}>
            <span className={styles.figureLabel}>Due within 7 days</span>
            <Link href={`${queueHref}?due=7`} className={styles.figureValue}>
              {metrics.dueThisWeek}
            </Link>
          </p>
        </Card>
        <Card as="li">
          <p className={styles.figure}>
            <span className={styles.figureLabel}>Open requests</span>
            <span className={styles.figureValue}>{openTotal}</span>
          </p>
        </Card>
        <Card as="li">
          <p className={styles.figure}>
            <span className={styles.figureLabel}>Median time to close</span>
            <span className={styles.figureValue}>{days(metrics.closed.medianDays)}</span>
          </p>
        </Card>
        <Card as="li">
          <p className={styles.figure}>
            <span className={styles.figureLabel}>90th percentile time to close</span>
            <span className={styles.figureValue}>{days(metrics.closed.p90Days)}</span>
          </p>
        </Card>
        <Card as="li">
          <p className={styles.figure}>
            <span className={styles.figureLabel}>Closed on time ({metrics.closed.count} closed)</span>
            <span className={styles.figureValue}>{percent(metrics.closed.onTimeShare)}</span>
          </p>
        </Card>
      </ul>

      <Card as="section" aria-labelledby="open-heading">
        <h2 id="open-heading">Open requests by status and queue</h2>
        <div className={styles.panel}>
          <StackedBarChart data={openData} series={queueSeries} categoryKey="status" />
          {/* A region that may scroll sideways on a narrow screen, so it must take keyboard focus. */}
          <div className={styles.tableWrap} role="region" aria-label="Open requests table" tabIndex={0}>
            <table className="table">
              <caption className="visually-hidden">Open requests by status and queue</caption>
              <thead>
                <tr>
                  <th scope="col">Status</th>
                  {Object.values(Queue).map((q) => (
                    <th scope="col" key={q} className={styles.number}>
                      {queueLabel[q]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {OPEN_STATUSES.map((status) => (
                  <tr key={status}>
                    <th scope="row">{staffStatusLabel[status]}</th>
                    {Object.values(Queue).map((q) => (
                      <td key={q} className={styles.number}>
                        {openCount(status, q)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </Card>

      <Card as="section" aria-labelledby="monthly-heading">
        <h2 id="monthly-heading">Requests received per month, by type</h2>
        {types.length === 0 ? (
          <p>No confirmed requests in the last 12 months.</p>
        ) : (
          <div className={styles.panel}>
            <StackedBarChart data={monthData} series={typeSeries} categoryKey="month" />
            <div className={styles.tableWrap} role="region" aria-label="Requests per month table" tabIndex={0}>
              <table className="table">
                <caption className="visually-hidden">Requests received per month, by type</caption>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    {types.map((t) => (
                      <th scope="col" key={t} className={styles.number}>
                        {requestTypeLabel[t]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {metrics.perMonth.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{monthLabel(m.month)}</th>
                      {types.map((t) => (
                        <td key={t} className={styles.number}>
                          {m.counts[t] ?? 0}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </Card>

      <Card as="section" aria-labelledby="ccpa-heading">
        <h2 id="ccpa-heading">Yearly metrics report (CCPA)</h2>
        <p>
          Per request type: requests received, complied with in whole or in part, denied, and the median number of days to respond, for a
          calendar year — what the CCPA regulations (§7102) ask a business to compile. Downloaded as CSV.
        </p>
        <form method="get" action={`/dashboard/${organization.slug}/reports/ccpa`} className={styles.reportForm}>
          <div className="field">
            <label htmlFor="ccpa-year" className="field__label">
              Year
            </label>
            <select id="ccpa-year" name="year" defaultValue={String(thisYear)}>
              {[0, 1, 2, 3].map((back) => (
                <option key={back} value={thisYear - back}>
                  {thisYear - back}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            Download CSV
          </button>
        </form>
      </Card>
    </div>
  );
}
