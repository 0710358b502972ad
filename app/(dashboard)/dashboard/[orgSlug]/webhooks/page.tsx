// /dashboard/{orgSlug}/webhooks — owners and admins (everyone else gets 404): the organization's webhook
// endpoints (add one and copy its secret once; enable, disable, roll the secret, send a test event, delete)
// and the delivery log (latest deliveries, by endpoint and status; retry a failed one). Changes are audited.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonForm } from "@/components/members/button-form";
import { Alert } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EndpointForm } from "@/components/webhooks/endpoint-form";
import { RollSecretForm } from "@/components/webhooks/roll-secret-form";
import styles from "@/components/webhooks/webhooks.module.css";
import { requireMembership } from "@/lib/auth/require-membership";
import { can } from "@/lib/auth/roles";
import { getEnv } from "@/lib/env";
import { formatDateTime } from "@/lib/format/format-date";
import { MAX_ENDPOINTS } from "@/lib/webhooks/create-webhook-endpoint";
import { WEBHOOK_EVENT_TYPES, webhookEventLabel } from "@/lib/webhooks/events";
import { DELIVERY_LOG_SIZE, listWebhookDeliveries, type DeliveryRow } from "@/lib/webhooks/list-webhook-deliveries";
import { listWebhookEndpoints } from "@/lib/webhooks/list-webhook-endpoints";
import { WEBHOOK_LOG_DAYS } from "@/lib/webhooks/prune-webhook-deliveries";
import { deliveryFilterSchema } from "@/lib/webhooks/schemas";
import { createEndpointAction, deleteEndpointAction, retryDeliveryAction, rollSecretAction, sendTestAction, setEnabledAction } from "./actions";
import { webhooksDoneMessage } from "./done-messages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Webhooks", robots: { index: false, follow: false } };

type Props = {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<{ done?: string | string[]; endpoint?: string | string[]; status?: string | string[] }>;
};

const STATUS_LABEL: Record<DeliveryRow["status"], string> = { PENDING: "Pending", DELIVERED: "Delivered", FAILED: "Failed" };
const STATUS_BADGE: Record<DeliveryRow["status"], string> = { PENDING: "badge--warning", DELIVERED: "badge--success", FAILED: "badge--danger" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function WebhooksPage({ params, searchParams }: Props) {
  const context = await requireMembership((await params).orgSlug);
  // Not a page of theirs: the same 404 as a page that does not exist.
  if (!can(context.role, "admin")) notFound();
  const { organization } = context;
  const query = await searchParams;
  const filter = deliveryFilterSchema.parse({ endpoint: first(query.endpoint), status: first(query.status) });
  const [endpoints, deliveries] = await Promise.all([listWebhookEndpoints(organization.id), listWebhookDeliveries(organization.id, filter)]);
  const done = webhooksDoneMessage(query.done);
  const tz = organization.timeZone;
  const slug = organization.slug;
  const eventOptions = WEBHOOK_EVENT_TYPES.map((type) => ({ value: type, label: type, description: webhookEventLabel[type] }));
  const httpsOnly = !getEnv().WEBHOOK_ALLOW_PRIVATE_NETWORK;

  return (
    <div className="stack">
      <PageHeader
        eyebrow={organization.name}
        title="Webhooks"
        description={
          <p>
            Rightsdesk posts signed events about {organization.name}&apos;s requests to the addresses you add here: a request confirmed, its
            status changed, due soon, overdue, closed. Events name the request, never the person; see docs/webhooks.md for the payloads
            and how to check the signature. Every change here is recorded in the audit log.
          </p>
        }
      />
      {done ? <Alert tone="success">{done}</Alert> : null}

      <section aria-labelledby="endpoints-heading" className="stack">
        <h2 id="endpoints-heading">
          {endpoints.length} {endpoints.length === 1 ? "endpoint" : "endpoints"}
        </h2>
        {endpoints.length === 0 ? (
          <p className="text-muted">No endpoint yet. Add one below.</p>
        ) : (
          <div className="table-wrap">
            <table className={`table ${styles.table}`}>
              <caption className="visually-hidden">The webhook endpoints of {organization.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Endpoint</th>
                  <th scope="col">Events</th>
                  <th scope="col">State</th>
                  <th scope="col">Manage</th>
                </tr>
              </thead>
              <tbody>
                {endpoints.map((e) => (
                  <tr key={e.id}>
                    <th scope="row" className={styles.rowHeader}>
                      <span className={styles.url}>{e.url}</span>
                      {e.description ? <div>{e.description}</div> : null}
                      <div className={styles.muted}>
                        Added {formatDateTime(e.createdAt, tz)}
                        {e.secretRolledAt ? ` · secret rolled ${formatDateTime(e.secretRolledAt, tz)}` : ""}
                      </div>
                    </th>
                    <td>
                      <ul className={styles.events}>
                        {e.events.map((type) => (
                          <li key={type}>{type}</li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      {e.enabled ? (
                        <span className="badge badge--success">Enabled</span>
                      ) : (
                        <span className="badge badge--neutral">Disabled{e.disabledAt ? ` ${formatDateTime(e.disabledAt, tz)}` : ""}</span>
                      )}
                    </td>
                    <td>
                      <div className={styles.manage}>
                        {e.enabled ? (
                          <ButtonForm
                            action={sendTestAction.bind(null, slug, e.id)}
                            label={<>Send test event<span className="visually-hidden"> to {e.url}</span></>}
                            pendingLabel="Sending…"
                            variant="secondary"
                          />
                        ) : null}
                        <ButtonForm
                          action={setEnabledAction.bind(null, slug, e.id, !e.enabled)}
                          label={<>{e.enabled ? "Disable" : "Enable"}<span className="visually-hidden"> {e.url}</span></>}
                          pendingLabel="Saving…"
                          variant="secondary"
                        />
                        <details className={styles.panel}>
                          <summary className={styles.summary}>
                            Roll secret<span className="visually-hidden"> of {e.url}</span>
                          </summary>
                          <div className={styles.panelBody}>
                            <RollSecretForm action={rollSecretAction.bind(null, slug, e.id)} endpointId={e.id} label="Roll the secret now" />
                          </div>
                        </details>
                        <details className={styles.panel}>
                          <summary className={`${styles.summary} ${styles.danger}`}>
                            Delete<span className="visually-hidden"> {e.url}</span>
                          </summary>
                          <div className={styles.panelBody}>
                            <ButtonForm action={deleteEndpointAction.bind(null, slug, e.id)} label="Delete this endpoint" pendingLabel="Deleting…" variant="danger">
                              <p>Nothing more is sent to it, and its delivery log goes with it.</p>
                            </ButtonForm>
                          </div>
                        </details>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {endpoints.length < MAX_ENDPOINTS ? (
        <Card as="section" aria-labelledby="add-endpoint-heading">
          <h2 id="add-endpoint-heading">Add an endpoint</h2>
          <p className="text-muted">
            You will see its signing secret once, after adding it. Up to {MAX_ENDPOINTS} endpoints per organization.
          </p>
          <EndpointForm action={createEndpointAction.bind(null, slug)} events={eventOptions} httpsOnly={httpsOnly} />
        </Card>
      ) : (
        <p className="text-muted">This organization has {MAX_ENDPOINTS} endpoints, the most allowed. Delete one to add another.</p>
      )}

      <section aria-labelledby="deliveries-heading" className="stack">
        <h2 id="deliveries-heading">Delivery log</h2>
        <p className="text-muted">
          The latest {DELIVERY_LOG_SIZE} deliveries, newest first, kept for {WEBHOOK_LOG_DAYS} days. A delivery is retried with growing
          waits (1 minute up to 12 hours, 8 attempts over about a day) until the endpoint answers with a 2xx status.
        </p>
        <form method="get" action={`/dashboard/${slug}/webhooks`} aria-label="Filter the delivery log" className={styles.filters}>
          <div className="field">
            <label htmlFor="log-endpoint" className="field__label">
              Endpoint
            </label>
            <select id="log-endpoint" name="endpoint" defaultValue={filter.endpoint ?? ""}>
              <option value="">All endpoints</option>
              {endpoints.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.url}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="log-status" className="field__label">
              Status
            </label>
            <select id="log-status" name="status" defaultValue={filter.status ?? ""}>
              <option value="">Any status</option>
              <option value="PENDING">Pending</option>
              <option value="DELIVERED">Delivered</option>
              <option value="FAILED">Failed</option>
            </select>
          </div>
          <button type="submit" className={buttonClassName({ variant: "secondary" })}>
            Show
          </button>
        </form>
        {deliveries.length === 0 ? (
          <p className="text-muted">No deliveries{filter.endpoint || filter.status ? " match these filters" : " yet"}.</p>
        ) : (
          <div className="table-wrap" tabIndex={0} aria-labelledby="deliveries-heading">
            <table className={`table ${styles.table}`}>
              <caption className="visually-hidden">Webhook deliveries, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Endpoint</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Last attempt</th>
                  <th scope="col">
                    <span className="visually-hidden">Retry</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {deliveries.map((d) => (
                  <tr key={d.id}>
                    <th scope="row" className={styles.rowHeader}>
                      <span className={styles.url}>{d.eventType}</span>
                      <div className={styles.muted}>{formatDateTime(d.createdAt, tz)}</div>
                      <div className={styles.muted}>{d.eventId}</div>
                    </th>
                    <td className={styles.error}>{d.endpointUrl}</td>
                    <td>
                      <span className={`badge ${STATUS_BADGE[d.status]}`}>{STATUS_LABEL[d.status]}</span>
                      {d.status === "PENDING" && d.attempts > 0 ? <div className={styles.muted}>Next attempt {formatDateTime(d.nextAttemptAt, tz)}</div> : null}
                      {d.deliveredAt ? <div className={styles.muted}>{formatDateTime(d.deliveredAt, tz)}</div> : null}
                    </td>
                    <td>{d.attempts}</td>
                    <td>
                      {d.lastAttemptAt ? formatDateTime(d.lastAttemptAt, tz) : "Not yet"}
                      {d.lastResponseStatus !== null ? <div className={styles.muted}>HTTP {d.lastResponseStatus}</div> : null}
                      {d.lastError ? <div className={styles.error}>{d.lastError}</div> : null}
                    </td>
                    <td>
                      {d.status === "FAILED" ? (
                        <ButtonForm
                          action={retryDeliveryAction.bind(null, slug, d.id)}
                          label={<>Retry now<span className="visually-hidden"> {d.eventType} of {formatDateTime(d.createdAt, tz)}</span></>}
                          pendingLabel="Retrying…"
                          variant="secondary"
                        />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
