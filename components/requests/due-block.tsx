// A request's due date for staff: the date and how it stands (overdue, due today, in N days, paused), the
// rule, how the date was computed in one line a person can check, and what moved it or may make it wrong.
import { DueDate } from "@/components/queue/due-date";
import { Alert } from "@/components/ui/alert";
import { formatDate } from "@/lib/format/format-date";
import { pauseReasonLabel } from "@/lib/requests/labels";
import type { StaffRequestView } from "@/lib/requests/get-staff-request";
import { describeDue } from "@/lib/requests/queue/describe-due";
import { isOpen } from "@/lib/requests/workflow";
import styles from "./request-page.module.css";
import { DescriptionRow } from "@/components/ui/description-row";

function ExtensionText({ request, timeZone, isOverdue }: { request: StaffRequestView; timeZone: string; isOverdue: boolean }) {
  const extended = request.deadline?.extension;
  if (extended) {
    return (
      <>
        Extended on {formatDate(extended.at, timeZone)} by {extended.by}. Reason given to the subject:{" "}
        <span className={styles.prewrap}>{extended.reason}</span>
      </>
    );
  }
  if (!request.extension.isAvailable) return <>{request.extension.reason}</>;
  if (isOverdue) return <>The due date has passed: an extension can only be given before it.</>;
  const { limit } = request.extension;
  return <>Possible once, by up to {limit.unit === "months" ? `${limit.max} months` : `${limit.max} ${limit.unitWord}`}, before the due date.</>;
}

export function DueBlock({ request, timeZone, now }: { request: StaffRequestView; timeZone: string; now: Date }) {
  const { deadline, dueAt } = request;
  if (!dueAt || !deadline) return null;
  const isOpenRequest = isOpen(request.status);
  const state = isOpenRequest ? describeDue(dueAt, now, timeZone) : null;
  return (
    <section aria-labelledby="due-heading" className={styles.section}>
      <h2 id="due-heading">Due</h2>
      <div className={styles.dueState}>
        <DueDate due={{ iso: dueAt.toISOString(), date: formatDate(dueAt, timeZone), text: state?.text ?? null, tone: state?.tone ?? null }} />
        {isOpenRequest && deadline.isClockStopped ? (
          <span className="badge badge--awaiting-subject">
            Paused: the clock is stopped while we wait for the subject{deadline.pauseReason ? ` (${pauseReasonLabel[deadline.pauseReason].toLowerCase()})` : ""}
          </span>
        ) : isOpenRequest && request.isPaused ? (
          <span className={styles.dueNote}>
            Waiting on the subject{deadline.pauseReason ? ` (${pauseReasonLabel[deadline.pauseReason].toLowerCase()})` : ""}; the clock keeps running: the
            law that applies does not pause for this.
          </span>
        ) : null}
      </div>
      {deadline.isBeyondHolidayData ? (
        <Alert tone="warning" title="Holidays were not excluded for part of this period" className={styles.dueAlert}>
          <p>
            Some days counted fall in years for which Rightsdesk ships no public holidays, so any holiday on them was counted as a working
            day. Check this date against the official calendar.
          </p>
        </Alert>
      ) : null}
      <dl className="summary-list">
        <DescriptionRow label="Rule">{deadline.regime}</DescriptionRow>
        <DescriptionRow label="How this date was computed">{deadline.explanation}</DescriptionRow>
        {deadline.bankHolidays ? <DescriptionRow label="Bank holidays">{deadline.bankHolidays}</DescriptionRow> : null}
        {deadline.acknowledgeBy ? <DescriptionRow label="Acknowledge receipt by">{formatDate(deadline.acknowledgeBy, timeZone)}</DescriptionRow> : null}
        {deadline.answerBy ? <DescriptionRow label="Subject asked to answer by">{formatDate(deadline.answerBy, timeZone)}</DescriptionRow> : null}
        {isOpenRequest || deadline.extension ? (
          <DescriptionRow label="Extension">
            <ExtensionText request={request} timeZone={timeZone} isOverdue={state?.isOverdue ?? false} />
          </DescriptionRow>
        ) : null}
      </dl>
    </section>
  );
}
