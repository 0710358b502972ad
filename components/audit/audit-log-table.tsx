// The audit log as a table: when (the organization's time), who and from where, what, on which target (a
// link to the request), before → after, and why.
import Link from "next/link";
import { describeChange } from "@/components/requests/audit-trail";
import type { AuditEntry } from "@/lib/audit/list-audit-events";
import type { Prisma } from "@/lib/db/generated/client";
import { formatDateTime } from "@/lib/format/format-date";
import styles from "./audit-log-table.module.css";

/** One level of nesting (an export's filters) read as "queue CONTROLLER, status all", not as JSON. */
function flatten(value: Prisma.JsonValue): Prisma.JsonValue {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      v && typeof v === "object" && !Array.isArray(v)
        ? Object.entries(v)
            .map(([k, x]) => `${k} ${x === null ? "—" : typeof x === "object" ? JSON.stringify(x) : String(x)}`)
            .join(", ")
        : (v ?? null),
    ]),
  );
}

function Target({ entry, orgSlug }: { entry: AuditEntry; orgSlug: string }) {
  if (entry.request) {
    return <Link href={`/dashboard/${orgSlug}/requests/${entry.request.id}`}>{entry.request.reference ?? "Unconfirmed request"}</Link>;
  }
  if (entry.action === "request_log.exported") return <>Request log</>;
  if (entry.action === "audit_log.exported") return <>Audit log</>;
  return <>{entry.targetType}</>;
}

export function AuditLogTable({ entries, orgSlug, timeZone, caption }: { entries: AuditEntry[]; orgSlug: string; timeZone: string; caption: string }) {
  return (
    <div className="table-wrap">
      <table className={`table ${styles.table}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">Before → after</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const changes = describeChange(flatten(entry.before), flatten(entry.after));
            return (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, timeZone)}</time>
                </td>
                <td className={styles.who}>
                  {entry.actorEmail ?? "System"}
                  <span className={styles.ip}>IP {entry.ip}</span>
                </td>
                <td className={styles.action}>
                  <code>{entry.action}</code>
                </td>
                <td>
                  <Target entry={entry} orgSlug={orgSlug} />
                </td>
                <td>
                  {changes.length > 0 ? (
                    <ul className={styles.changes}>
                      {changes.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  )}
                </td>
                <td className={styles.reason}>{entry.reason ?? "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
