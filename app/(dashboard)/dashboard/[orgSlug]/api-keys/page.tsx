// /dashboard/{orgSlug}/api-keys — owners and admins (everyone else gets 404): the organization's keys to the
// REST API (name, prefix, scope, who made it, last use), creating one (its secret shown once) and revoking one.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { ButtonForm } from "@/components/members/button-form";
import styles from "@/components/members/members.module.css";
import { PageHeader } from "@/components/ui/page-header";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { API_KEY_SCOPES, apiKeyScopeDescription, apiKeyScopeLabel } from "@/lib/api-keys/schemas";
import { requireMembership } from "@/lib/auth/require-membership";
import { can } from "@/lib/auth/roles";
import { formatDate, formatDateTime } from "@/lib/format/format-date";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "API keys", robots: { index: false, follow: false } };

type Props = { params: Promise<{ orgSlug: string }> };

export default async function ApiKeysPage({ params }: Props) {
  const context = await requireMembership((await params).orgSlug);
  // Not a page of theirs: the same 404 as a page that does not exist.
  if (!can(context.role, "admin")) notFound();
  const { organization } = context;
  const keys = await listApiKeys(organization.id);
  const tz = organization.timeZone;
  const scopes = API_KEY_SCOPES.map((s) => ({ value: s, label: apiKeyScopeLabel[s], description: apiKeyScopeDescription[s] }));

  return (
    <div className="stack">
      <PageHeader
        eyebrow={organization.name}
        title="API keys"
        description={
          <p>
            Keys let your own systems work {organization.name}&apos;s requests through the REST API (<a href="/api/v1/openapi.json">openapi.json</a>).
            Each call is limited per key, and everything a key does is recorded under its name.
          </p>
        }
      />

      <section aria-labelledby="keys-heading" className="stack">
        <h2 id="keys-heading">
          {keys.length} {keys.length === 1 ? "key" : "keys"}
        </h2>
        {keys.length === 0 ? (
          <p className="text-muted">No API key yet.</p>
        ) : (
          <div className="table-wrap">
            <table className={`table ${styles.table}`}>
              <caption className="visually-hidden">The API keys of {organization.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Key</th>
                  <th scope="col">Scope</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">Revoke</th>
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id}>
                    <th scope="row" className={styles.rowHeader}>
                      <div className={styles.member}>
                        <span className={styles.name}>{k.name}</span>
                        <span className={styles.email}>
                          <code>{k.prefix}…</code>
                        </span>
                      </div>
                    </th>
                    <td>{apiKeyScopeLabel[k.scope]}</td>
                    <td>
                      {formatDate(k.createdAt, tz)}
                      {k.createdBy ? ` by ${k.createdBy}` : ""}
                    </td>
                    <td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt, tz) : "Never"}</td>
                    <td>
                      {k.revokedAt ? (
                        <span className="badge badge--denied">Revoked {formatDate(k.revokedAt, tz)}</span>
                      ) : (
                        <details className={styles.panel}>
                          <summary className={`${styles.summary} ${styles.danger}`}>
                            Revoke<span className="visually-hidden"> the key {k.name}</span>
                          </summary>
                          <div className={styles.panelBody}>
                            <ButtonForm
                              action={revokeApiKeyAction.bind(null, organization.slug, k.id)}
                              label={`Revoke ${k.name}`}
                              pendingLabel="Revoking…"
                              variant="danger"
                              className={styles.confirm}
                            >
                              <p>Systems using this key are refused from the next call on. This cannot be undone.</p>
                            </ButtonForm>
                          </div>
                        </details>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="create-api-key-heading" className="stack">
        <h2 id="create-api-key-heading">Create an API key</h2>
        <CreateApiKeyForm action={createApiKeyAction.bind(null, organization.slug)} scopes={scopes} />
      </section>
    </div>
  );
}
