// /dashboard/{orgSlug}/requests/{requestId} — one request for staff: the subject's details, the full
// history and audit trail, the files, and the actions its status allows.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditTrail } from "@/components/requests/audit-trail";
import { doneMessage } from "@/components/requests/done-messages";
import { DueBlock } from "@/components/requests/due-block";
import { RequestActions, type RequestActionHandlers } from "@/components/requests/request-actions";
import { StaffHistory } from "@/components/requests/staff-history";
import styles from "@/components/requests/request-page.module.css";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { PermissionError, requireMembership } from "@/lib/auth/require-membership";
import { can } from "@/lib/auth/roles";
import { formatBytes } from "@/lib/files/check-upload";
import { formatDate, formatDateTime } from "@/lib/format/format-date";
import { getStaffRequest } from "@/lib/requests/get-staff-request";
import { jurisdictionName } from "@/lib/requests/jurisdictions";
import { channelLabel, outcomeLabel, queueLabel, requestTypeLabel, staffStatusLabel } from "@/lib/requests/labels";
import * as actions from "./actions";
import { DescriptionRow } from "@/components/ui/description-row";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Request", robots: { index: false, follow: false } };

type Props = { params: Promise<{ orgSlug: string; requestId: string }>; searchParams: Promise<{ done?: string; refused?: string }> };

export default async function StaffRequestPage({ params, searchParams }: Props) {
  const { orgSlug, requestId } = await params;
  const context = await requireMembership(orgSlug);
  const request = await getStaffRequest({ context, requestId });
  if (!request) notFound();
  const tz = context.organization.timeZone;
  const revealAction = actions.revealAction.bind(null, context.organization.slug, request.id);
  const bind = <K extends keyof Omit<typeof actions, "revealAction">>(name: K) => actions[name].bind(null, context.organization.slug, request.id);
  const handlers: RequestActionHandlers = {
    claim: bind("claimAction"),
    assign: bind("assignAction"),
    start: bind("startAction"),
    resume: bind("resumeAction"),
    note: bind("noteAction"),
    reply: bind("replyAction"),
    requestInfo: bind("requestInfoAction"),
    extend: bind("extendAction"),
    markDuplicate: bind("duplicateAction"),
    deny: bind("denyAction"),
    complete: bind("completeAction"),
    forward: bind("forwardAction"),
    withdraw: bind("withdrawAction"),
  };
  const query = await searchParams;
  const done = doneMessage(query.done);
  const isRevealRefused = query.refused === "reveal" && !can(context.role, "reveal");
  const now = new Date();
  const isOverdue = Boolean(request.dueAt && !request.closedAt && request.dueAt < now);

  return (
    <div className="stack">
      <PageHeader
        eyebrow={`${context.organization.name} · ${queueLabel[request.queue]}`}
        title={`Request ${request.reference}`}
        description={
          <p className={styles.meta}>
            <span className={`badge badge--${request.status.toLowerCase().replaceAll("_", "-")}`}>{staffStatusLabel[request.status]}</span>
            <span>{requestTypeLabel[request.type]}</span>
            {request.dueAt ? (
              <span>
                Due {formatDate(request.dueAt, tz)}
                {isOverdue ? (
                  <>
                    {" "}
                    <span className="badge badge--overdue">Overdue</span>
                  </>
                ) : null}
                {request.deadline?.isClockStopped ? " (clock paused while waiting on the subject)" : ""}
              </span>
            ) : null}
            <span>Assignee: {request.assignee ? request.assignee.name || request.assignee.email : "nobody"}</span>
          </p>
        }
      />

      {isRevealRefused ? (
        <Alert tone="warning" title="The subject stays hidden" className={styles.inStack}>
          <p>{new PermissionError(context.role, "reveal").message}</p>
        </Alert>
      ) : null}

      {done ? (
        <Alert tone="success" className={styles.inStack}>
          {done}
        </Alert>
      ) : null}

      <div className="layout-split">
        <div className="stack">
          <DueBlock request={request} timeZone={tz} now={now} />

          <section aria-labelledby="subject-heading" className={styles.section}>
            <h2 id="subject-heading">Subject and request</h2>
            {request.identifiersRemovedAt ? (
              <Alert tone="info" title={`Identifiers removed on ${formatDate(request.identifiersRemovedAt, tz)}`}>
                <p>
                  The retention period after closure ended, so the subject&apos;s name, email address, what they wrote and the files were
                  removed. The log of the request and its audit trail remain.
                </p>
              </Alert>
            ) : null}
            <dl className="summary-list">
              <DescriptionRow label="Name">
                {request.isSubjectRevealed || request.identifiersRemovedAt ? null : <span className="visually-hidden">Hidden name: </span>}
                {request.subjectName}
              </DescriptionRow>
              <DescriptionRow label="Email">
                {request.identifiersRemovedAt ? (
                  "[removed]"
                ) : request.isSubjectRevealed ? (
                  <a href={`mailto:${request.subjectEmail}`}>{request.subjectEmail}</a>
                ) : (
                  <>
                    <span className="visually-hidden">Hidden email: </span>
                    {request.subjectEmail}
                  </>
                )}
              </DescriptionRow>
              {request.identifiersRemovedAt ? null : (
                <DescriptionRow label="Identifiers">
                  {request.isSubjectRevealed ? (
                    <span>Revealed to you for the rest of the day. The reveal is in the audit trail below.</span>
                  ) : request.canRevealSubject ? (
                    <form action={revealAction}>
                      <span>Hidden until you reveal them; the reveal is recorded in the audit trail. </span>
                      <button type="submit" className="button button--secondary">
                        Reveal name and email
                      </button>
                    </form>
                  ) : (
                    <span>Hidden: your role does not reveal the subject&apos;s name and email.</span>
                  )}
                </DescriptionRow>
              )}
              <DescriptionRow label="Lives in">{jurisdictionName(request.jurisdiction)}</DescriptionRow>
              <DescriptionRow label="Request">{requestTypeLabel[request.type]}</DescriptionRow>
              <DescriptionRow label="Relationship">{request.relationship.label}</DescriptionRow>
              <DescriptionRow label="Queue">{queueLabel[request.queue]}</DescriptionRow>
              {request.controllerName ? <DescriptionRow label="Company the subject named">{request.controllerName}</DescriptionRow> : null}
              {request.customer ? (
                <DescriptionRow label="Customer (controller)">
                  {request.customer.name} ({request.customer.contactEmail})
                  {request.forwardedAt ? `, forwarded ${formatDateTime(request.forwardedAt, tz)}` : ""}
                </DescriptionRow>
              ) : null}
              <DescriptionRow label="Received">
                {formatDateTime(request.receivedAt, tz)} · {channelLabel[request.channel]}
                {request.recordedBy ? ` (recorded by ${request.recordedBy})` : ""}
              </DescriptionRow>
              {request.verifiedAt ? <DescriptionRow label="Verified">{formatDateTime(request.verifiedAt, tz)}</DescriptionRow> : null}
              {request.correctionWrong ? <DescriptionRow label="What is wrong">{request.correctionWrong}</DescriptionRow> : null}
              {request.correctionRight ? <DescriptionRow label="What it should say">{request.correctionRight}</DescriptionRow> : null}
              {request.details ? (
                <DescriptionRow label="Details">
                  <span className={styles.prewrap}>{request.details}</span>
                </DescriptionRow>
              ) : null}
              {request.outcome ? <DescriptionRow label="Outcome">{outcomeLabel[request.outcome]}</DescriptionRow> : null}
              {request.duplicateOf ? (
                <DescriptionRow label="Duplicate of">
                  <a href={`/dashboard/${context.organization.slug}/requests/${request.duplicateOf.id}`}>{request.duplicateOf.reference}</a>
                </DescriptionRow>
              ) : null}
              {request.duplicates.length > 0 ? (
                <DescriptionRow label="Duplicates of this request">
                  {request.duplicates.map((d, i) => (
                    <span key={d.id}>
                      {i > 0 ? ", " : ""}
                      <a href={`/dashboard/${context.organization.slug}/requests/${d.id}`}>{d.reference}</a>
                    </span>
                  ))}
                </DescriptionRow>
              ) : null}
              {request.denialReason ? (
                <DescriptionRow label="Reason for denial">
                  <span className={styles.prewrap}>{request.denialReason}</span>
                </DescriptionRow>
              ) : null}
              {request.closingNote ? (
                <DescriptionRow label={request.status === "WITHDRAWN" ? "How the subject withdrew" : "Closing message"}>
                  <span className={styles.prewrap}>{request.closingNote}</span>
                </DescriptionRow>
              ) : null}
              {request.closedAt ? <DescriptionRow label="Closed">{formatDateTime(request.closedAt, tz)}</DescriptionRow> : null}
            </dl>
          </section>

          {request.files.length > 0 ? (
            <section aria-labelledby="files-heading" className={styles.section}>
              <h2 id="files-heading">Files sent to the subject</h2>
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">File</th>
                      <th scope="col">Size</th>
                      <th scope="col">Available until</th>
                      <th scope="col">Downloads</th>
                    </tr>
                  </thead>
                  <tbody>
                    {request.files.map((file) => (
                      <tr key={file.id}>
                        <td>
                          {file.filename}
                          <span className={styles.ip}>
                            {file.contentType} · SHA-256 {file.sha256.slice(0, 16)}…
                          </span>
                        </td>
                        <td className={styles.nowrap}>{formatBytes(file.size)}</td>
                        <td>{file.availableUntil ? formatDate(file.availableUntil, tz) : "—"}</td>
                        <td>{file.downloads}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}

          <section aria-labelledby="history-heading" className={styles.section}>
            <h2 id="history-heading">History</h2>
            <StaffHistory events={request.events} timeZone={tz} />
          </section>

        </div>

        <aside aria-labelledby="actions-heading" className="stack">
          <h2 id="actions-heading">Actions</h2>
          <RequestActions request={request} handlers={handlers} currentUserId={context.user.id} role={context.role} isOverdue={isOverdue} />
        </aside>
      </div>

      <section aria-labelledby="audit-heading" className={styles.section}>
        <h2 id="audit-heading">Audit trail</h2>
        <AuditTrail audit={request.audit} timeZone={tz} />
      </section>
    </div>
  );
}
