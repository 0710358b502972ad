// The audit records of one request: who, when, from where, what, before → after, and why.
import type { Prisma } from "@/lib/db/generated/client";
import { formatDateTime } from "@/lib/format/format-date";
import type { StaffRequestView } from "@/lib/requests/get-staff-request";
import styles from "./request-page.module.css";

function show(value: Prisma.JsonValue | undefined): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    return value.map((item) => (item && typeof item === "object" && "filename" in item ? String(item.filename) : JSON.stringify(item))).join(", ") || "—";
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** One line per changed key: `status: NEW → IN_PROGRESS`, or `note: …` for what only has an after. */
export function describeChange(before: Prisma.JsonValue, after: Prisma.JsonValue): string[] {
  const b = before && typeof before === "object" && !Array.isArray(before) ? before : {};
  const a = after && typeof after === "object" && !Array.isArray(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.flatMap((key) => {
    const from = b[key];
    const to = a[key];
    if (JSON.stringify(from) === JSON.stringify(to)) return [];
    return key in b ? [`${key}: ${show(from)} → ${show(to)}`] : [`${key}: ${show(to)}`];
  });
}

export function AuditTrail({ audit, timeZone }: { audit: StaffRequestView["audit"]; timeZone: string }) {
  if (audit.length === 0) return <p className="text-muted">No staff action yet.</p>;
  return (
    <div className="table-wrap">
      <table className={`table ${styles.auditTable}`}>
        <caption className="visually-hidden">Audit trail, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Before → after</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {audit.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, timeZone)}</time>
              </td>
              <td>
                {entry.actorEmail ?? "System"}
                <span className={styles.ip}>IP {entry.ip}</span>
              </td>
              <td className={styles.nowrap}>
                <code>{entry.action}</code>
              </td>
              <td>
                <ul className={styles.changes}>
                  {describeChange(entry.before, entry.after).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </td>
              <td className={styles.prewrap}>{entry.reason ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
