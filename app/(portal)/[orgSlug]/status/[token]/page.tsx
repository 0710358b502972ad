// /{orgSlug}/status/{token} — the data subject's private status page, reached only through the
// link we emailed them. It speaks the page's language (switchable), not necessarily the request's.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/requests/action-form";
import styles from "@/components/requests/request-page.module.css";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getEnv } from "@/lib/env";
import { formatDate, formatDateTime } from "@/lib/format/format-date";
import { formatFileSize } from "@/lib/format/format-file-size";
import { getPageLanguage } from "@/lib/i18n/get-page-locale";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";
import { getRequestStatus } from "@/lib/requests/get-request-status";
import { describeSubjectEvent } from "@/lib/requests/subject-history";
import { answerAction, freshLinkAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("statusPage");
  // The address is a secret: keep it out of search engines and other sites' logs.
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

type Props = { params: Promise<{ orgSlug: string; token: string }>; searchParams: Promise<{ confirmed?: string; answered?: string }> };

const mailto = (email: string) => () => <a href={`mailto:${email}`}>{email}</a>;

export default async function StatusPage({ params, searchParams }: Props) {
  const { orgSlug, token } = await params;
  const org = await getPortalOrganization(orgSlug);
  if (!org) notFound();
  const t = await getTranslations("statusPage");
  const labels = await getTranslations("labels");
  const { locale } = await getPageLanguage();
  const lookup = await getRequestStatus({ orgSlug, token, now: new Date() });

  if (!lookup.found) {
    const isExpired = lookup.reason === "expired";
    return (
      <div className="stack narrow">
        <PageHeader eyebrow={org.legalName} title={isExpired ? t("expiredTitle") : t("unknownTitle")} />
        <Alert tone="warning">
          <p>
            {isExpired ? t("expiredBody") : t("unknownBody")} {t.rich("writeToUs", { contact: mailto(org.privacyEmail) })}
          </p>
        </Alert>
        {isExpired ? (
          <section aria-labelledby="fresh-link-heading" className="panel">
            <h2 id="fresh-link-heading">{t("freshLinkHeading")}</h2>
            <ActionForm
              id="fresh-link"
              action={freshLinkAction.bind(null, org.slug, token)}
              // Checked on the server, which answers in the page's language (the shared schema speaks English).
              schema="none"
              intro={<p>{t("freshLinkIntro")}</p>}
              submitLabel={t("freshLinkSend")}
              pendingLabel={t("freshLinkSending")}
              fields={[{ kind: "email", name: "email", label: t("freshLinkEmail"), autoComplete: "email", required: true }]}
            />
          </section>
        ) : null}
      </div>
    );
  }

  const { request } = lookup;
  const tz = request.organization.timeZone;
  const date = (value: Date) => formatDate(value, tz, locale);
  const organization = request.organization.name;
  const query = await searchParams;
  const isConfirmedNow = query.confirmed === "1";
  const isJustAnswered = query.answered === "1";
  const privateLink = `${getEnv().APP_URL}/${org.slug}/status/${token}`;
  const historyContext = {
    organizationName: organization,
    timeZone: tz,
    reference: request.reference,
    controllerName: request.controllerName,
    channel: request.channel,
  };
  const fileStatus = (file: (typeof request.files)[number]): ReactNode => {
    if (!file.availableUntil) return t("available");
    return file.isAvailable
      ? t("availableUntil", { date: date(file.availableUntil) })
      : t("expiredOn", { date: date(file.availableUntil), email: request.organization.privacyEmail });
  };

  return (
    <div className="stack narrow">
      <PageHeader eyebrow={request.organization.legalName} title={t("title", { reference: request.reference })} />
      {isConfirmedNow ? (
        <Alert tone="success" title={t("confirmedTitle")}>
          <p>{t("confirmedBody")}</p>
          <p className="status__private-link">
            <a href={privateLink}>{privateLink}</a>
          </p>
        </Alert>
      ) : null}

      {isJustAnswered ? (
        <Alert tone="success" title={t("answeredTitle")} className={styles.inStack}>
          <p>{t("answeredBody", { organization })}</p>
        </Alert>
      ) : null}

      <section aria-labelledby="summary-heading" className="status__summary">
        <h2 id="summary-heading">{t("summaryHeading")}</h2>
        <dl className="summary-list">
          <div>
            <dt>{t("reference")}</dt>
            <dd>{request.reference}</dd>
          </div>
          <div>
            <dt>{t("request")}</dt>
            <dd>{labels(`requestType.${request.type}`)}</dd>
          </div>
          <div>
            <dt>{t("status")}</dt>
            <dd>
              <span className={`badge badge--${request.status.toLowerCase().replaceAll("_", "-")}`}>{labels(`status.${request.status}`)}</span>
            </dd>
          </div>
          <div>
            <dt>{t("handledIn")}</dt>
            <dd>
              {labels(`queue.${request.queue}`)}
              {request.controllerName ? ` ${t("onBehalfOf", { controller: request.controllerName })}` : ""}
            </dd>
          </div>
          {request.regime ? (
            <div>
              <dt>{t("law")}</dt>
              <dd>{labels("law", { regime: request.regime, organization })}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t("received")}</dt>
            <dd>{date(request.receivedAt)}</dd>
          </div>
          <div>
            <dt>{t("mustAnswerBy", { organization })}</dt>
            <dd>
              {request.dueAt ? date(request.dueAt) : t("dueAfterConfirmation")}
              {request.extension ? ` ${t("extendedOn", { date: date(request.extension.at) })}` : ""}
            </dd>
          </div>
          {request.outcome ? (
            <div>
              <dt>{t("outcome")}</dt>
              <dd>{labels(`outcome.${request.outcome}`)}</dd>
            </div>
          ) : null}
          {request.closedAt ? (
            <div>
              <dt>{t("closed")}</dt>
              <dd>{date(request.closedAt)}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      {request.extension && request.dueAt && !request.closedAt ? (
        <Alert tone="info" title={t("moreTimeTitle", { organization, date: date(request.dueAt) })} className={styles.inStack}>
          <p className={styles.prewrap}>{t("theirReason", { reason: request.extension.reason })}</p>
        </Alert>
      ) : null}

      {request.status === "AWAITING_SUBJECT" ? (
        <section aria-labelledby="question-heading" className="panel">
          <h2 id="question-heading">{t("questionHeading", { organization })}</h2>
          {request.openQuestion ? <p className={styles.question}>{request.openQuestion}</p> : null}
          {request.answerBy ? (
            <p>
              <strong>{t("answerBy", { date: date(request.answerBy) })}</strong>
            </p>
          ) : null}
          {request.waiting ? (
            <p data-testid="clock-state">
              {request.waiting.isClockStopped ? t("clockStopped", { reason: request.waiting.reason ?? "none" }) : t("clockRuns")}
            </p>
          ) : null}
          <ActionForm
            id="answer"
            action={answerAction.bind(null, org.slug, token)}
            // Checked on the server, which answers in the page's language (the shared schema speaks English).
            schema="none"
            submitLabel={t("sendAnswer")}
            pendingLabel={t("sendingAnswer")}
            fields={[
              {
                kind: "textarea",
                name: "answer",
                label: t("answerLabel"),
                hint: t("answerHint"),
                required: true,
                rows: 6,
              },
            ]}
          />
        </section>
      ) : null}

      {request.status === "DENIED" && request.denialReason ? (
        <Alert tone="warning" title={t("deniedTitle", { organization })} className={styles.inStack}>
          <p className={styles.prewrap}>{t("theirReason", { reason: request.denialReason })}</p>
          <p>{t.rich("deniedDisagree", { contact: mailto(request.organization.privacyEmail) })}</p>
        </Alert>
      ) : null}

      {request.forwardedTo ? (
        <Alert tone="info" title={t("forwardedTitle", { customer: request.forwardedTo.name })} className={styles.inStack}>
          <p>
            {t.rich("forwardedBody", {
              organization,
              customer: request.forwardedTo.name,
              contact: mailto(request.forwardedTo.contactEmail),
            })}
          </p>
        </Alert>
      ) : null}

      {request.files.length > 0 ? (
        <section aria-labelledby="files-heading">
          <h2 id="files-heading">{t("filesHeading")}</h2>
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
                  <span className={styles.fileMeta}>
                    {" · "}
                    {formatFileSize(file.size, locale, {
                      bytes: (count) => labels("bytes", { count }),
                      kilobytes: (size) => labels("kilobytes", { size }),
                      megabytes: (size) => labels("megabytes", { size }),
                    })}
                  </span>
                </span>
                <span className={styles.fileMeta}>{fileStatus(file)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="history-heading" className="status__history">
        <h2 id="history-heading">{t("historyHeading")}</h2>
        <ol className="timeline">
          {request.history.map((event) => (
            <li key={event.id} className="timeline__item">
              <time dateTime={event.at.toISOString()} className="timeline__time">
                {formatDateTime(event.at, tz, locale)}
              </time>
              <p className={`timeline__message ${styles.prewrap}`}>{describeSubjectEvent(locale, event, historyContext)}</p>
            </li>
          ))}
        </ol>
      </section>

      <p>{t.rich("questions", { contact: mailto(request.organization.privacyEmail), reference: request.reference })}</p>
    </div>
  );
}
