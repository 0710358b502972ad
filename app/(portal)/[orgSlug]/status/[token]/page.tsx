// /{orgSlug}/status/{token} — the data subject's private status page, reached only through the
// link we emailed them.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/requests/action-form";
import styles from "@/components/requests/request-page.module.css";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getEnv } from "@/lib/env";
import { formatDate, formatDateTime } from "@/lib/format/format-date";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";
import { getRequestStatus } from "@/lib/requests/get-request-status";
import { formatBytes } from "@/lib/files/check-upload";
import { outcomeLabel, queueLabel, requestTypeLabel, statusLabel } from "@/lib/requests/labels";
import { answerAction } from "./actions";

export const dynamic = "force-dynamic";
// The address is a secret: keep it out of search engines and other sites' logs.
export const metadata: Metadata = { title: "Your privacy request", robots: { index: false, follow: false }, referrer: "same-origin" };

type Props = { params: Promise<{ orgSlug: string; token: string }>; searchParams: Promise<{ confirmed?: string; answered?: string }> };

export default async function StatusPage({ params, searchParams }: Props) {
  const { orgSlug, token } = await params;
  const org = await getPortalOrganization(orgSlug);
  if (!org) notFound();
  const lookup = await getRequestStatus({ orgSlug, token, now: new Date() });

  if (!lookup.found) {
    const isExpired = lookup.reason === "expired";
    return (
      <div className="stack narrow">
        <PageHeader
          eyebrow={org.legalName}
          title={isExpired ? "This status link has expired" : "We can't find this request"}
        />
        <Alert tone="warning">
          <p>
            {isExpired
              ? "Status links stop working after a while to protect your privacy."
              : "The link may be incomplete: some email programs cut long links. Try copying the whole address from the email into your browser."}{" "}
            If you need to know where your request stands, write to{" "}
            <a href={`mailto:${org.privacyEmail}`}>{org.privacyEmail}</a> and mention your request reference.
          </p>
        </Alert>
      </div>
    );
  }

  const { request } = lookup;
  const tz = request.organization.timeZone;
  const query = await searchParams;
  const isConfirmedNow = query.confirmed === "1";
  const isJustAnswered = query.answered === "1";
  const privateLink = `${getEnv().APP_URL}/${org.slug}/status/${token}`;

  return (
    <div className="stack narrow">
      <PageHeader eyebrow={request.organization.legalName} title={`Request ${request.reference}`} />
      {isConfirmedNow ? (
        <Alert tone="success" title="Thank you, your request is confirmed">
          <p>
            This is your private status page. We also emailed you this link. Keep it to yourself: anyone who has it can see your
            request.
          </p>
          <p className="status__private-link">
            <a href={privateLink}>{privateLink}</a>
          </p>
        </Alert>
      ) : null}

      {isJustAnswered ? (
        <Alert tone="success" title="Thank you, your answer is sent" className={styles.inStack}>
          <p>{request.organization.name}&apos;s privacy team is working on your request again. We will tell you here and by email when there is news.</p>
        </Alert>
      ) : null}

      <section aria-labelledby="summary-heading" className="status__summary">
        <h2 id="summary-heading">Summary</h2>
        <dl className="summary-list">
          <div>
            <dt>Reference</dt>
            <dd>{request.reference}</dd>
          </div>
          <div>
            <dt>Request</dt>
            <dd>{requestTypeLabel[request.type]}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              <span className={`badge badge--${request.status.toLowerCase().replaceAll("_", "-")}`}>{statusLabel[request.status]}</span>
            </dd>
          </div>
          <div>
            <dt>Handled in</dt>
            <dd>
              {queueLabel[request.queue]}
              {request.controllerName ? ` (on behalf of ${request.controllerName})` : ""}
            </dd>
          </div>
          <div>
            <dt>Received</dt>
            <dd>{formatDate(request.receivedAt, tz)}</dd>
          </div>
          <div>
            <dt>{request.organization.name} must answer by</dt>
            <dd>
              {request.dueAt ? formatDate(request.dueAt, tz) : "Set once you confirm your email"}
              {request.extension ? ` (extended on ${formatDate(request.extension.at, tz)})` : ""}
            </dd>
          </div>
          {request.outcome ? (
            <div>
              <dt>Outcome</dt>
              <dd>{outcomeLabel[request.outcome]}</dd>
            </div>
          ) : null}
          {request.closedAt ? (
            <div>
              <dt>Closed</dt>
              <dd>{formatDate(request.closedAt, tz)}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      {request.extension && request.dueAt && !request.closedAt ? (
        <Alert tone="info" title={`${request.organization.name} needs more time: they will answer by ${formatDate(request.dueAt, tz)}`} className={styles.inStack}>
          <p className={styles.prewrap}>Their reason: {request.extension.reason}</p>
        </Alert>
      ) : null}

      {request.status === "AWAITING_SUBJECT" ? (
        <section aria-labelledby="question-heading" className="panel">
          <h2 id="question-heading">{request.organization.name} needs more information from you</h2>
          {request.openQuestion ? <p className={styles.question}>{request.openQuestion}</p> : null}
          {request.answerBy ? (
            <p>
              <strong>Please answer by {formatDate(request.answerBy, tz)}.</strong>
            </p>
          ) : null}
          <ActionForm
            id="answer"
            action={answerAction.bind(null, org.slug, token)}
            schema="answer"
            submitLabel="Send my answer"
            pendingLabel="Sending…"
            fields={[
              {
                kind: "textarea",
                name: "answer",
                label: "Your answer",
                hint: "Up to 5000 characters. Until you answer, your request waits for you and this time does not count against the deadline.",
                required: true,
                rows: 6,
              },
            ]}
          />
        </section>
      ) : null}

      {request.status === "DENIED" && request.denialReason ? (
        <Alert tone="warning" title={`${request.organization.name} did not carry out your request`} className={styles.inStack}>
          <p className={styles.prewrap}>Their reason: {request.denialReason}</p>
          <p>
            If you disagree, write to <a href={`mailto:${request.organization.privacyEmail}`}>{request.organization.privacyEmail}</a>, or
            complain to the data protection authority where you live.
          </p>
        </Alert>
      ) : null}

      {request.forwardedTo ? (
        <Alert tone="info" title={`Your request was passed to ${request.forwardedTo.name}`} className={styles.inStack}>
          <p>
            {request.organization.name} only processes this data on behalf of {request.forwardedTo.name}, who decides about it. They will
            answer you directly. You can also contact them at{" "}
            <a href={`mailto:${request.forwardedTo.contactEmail}`}>{request.forwardedTo.contactEmail}</a>.
          </p>
        </Alert>
      ) : null}

      {request.files.length > 0 ? (
        <section aria-labelledby="files-heading">
          <h2 id="files-heading">Your files</h2>
          <ul className={styles.fileList}>
            {request.files.map((file) => (
              <li key={file.id}>
                <span>
                  {file.isAvailable ? (
                    <a className={styles.fileName} href={`/${org.slug}/status/${token}/files/${file.id}`} download>
                      {file.filename}
                    </a>
                  ) : (
                    <span className={styles.fileName}>{file.filename}</span>
                  )}
                  <span className={styles.fileMeta}> · {formatBytes(file.size)}</span>
                </span>
                <span className={styles.fileMeta}>
                  {file.availableUntil
                    ? file.isAvailable
                      ? `Available until ${formatDate(file.availableUntil, tz)}`
                      : `Expired on ${formatDate(file.availableUntil, tz)}: write to ${request.organization.privacyEmail} for a new copy`
                    : "Available"}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="history-heading" className="status__history">
        <h2 id="history-heading">What has happened</h2>
        <ol className="timeline">
          {request.history.map((event) => (
            <li key={event.id} className="timeline__item">
              <time dateTime={event.at.toISOString()} className="timeline__time">
                {formatDateTime(event.at, tz)}
              </time>
              <p className={`timeline__message ${styles.prewrap}`}>{event.message}</p>
            </li>
          ))}
        </ol>
      </section>

      <p>
        Questions about this request? Write to{" "}
        <a href={`mailto:${request.organization.privacyEmail}`}>{request.organization.privacyEmail}</a> and mention{" "}
        {request.reference}.
      </p>
    </div>
  );
}
