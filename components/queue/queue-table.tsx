// The queue as a table. Subjects are masked until a member reveals one (a recorded act); the due
// column says in words and in colour how much time is left.
import Link from "next/link";
import type { QueueRowView } from "@/lib/requests/queue/present-queue-row";
import { DueDate } from "./due-date";
import styles from "./queue-table.module.css";

type Props = {
  caption: string;
  rows: QueueRowView[];
  /** The server action that reveals one subject (bound to the organization); null for a role that may not. */
  revealAction: ((formData: FormData) => Promise<void>) | null;
  /** The current view's query string, so the reveal comes back to the same page and filters. */
  returnTo: string;
};

export function QueueTable({ caption, rows, revealAction, returnTo }: Props) {
  return (
    <div className="table-wrap">
      <table className={`table ${styles.table}`}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Type</th>
            <th scope="col">Subject</th>
            <th scope="col">Status</th>
            <th scope="col">Received</th>
            <th scope="col">Due</th>
            <th scope="col">Assignee</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} id={`request-${row.id}`} className={styles.row}>
              <th scope="row" className={styles.reference}>
                <Link href={row.href}>{row.reference}</Link>
              </th>
              <td className={styles.type}>{row.typeLabel}</td>
              <td className={styles.subject}>
                {row.subject.isRevealed ? (
                  <>
                    <span className={styles.subjectName}>{row.subject.name}</span>
                    <span className={styles.subjectEmail}>{row.subject.email}</span>
                    <span className={styles.revealed} title="Visible to you for the rest of the day">
                      Revealed to you (recorded)
                    </span>
                  </>
                ) : (
                  <>
                    <span className={styles.subjectName}>
                      <span className="visually-hidden">Hidden name: </span>
                      {row.subject.name}
                    </span>
                    <span className={styles.subjectEmail}>
                      <span className="visually-hidden">Hidden email: </span>
                      {row.subject.email}
                    </span>
                    {revealAction ? (
                      <form action={revealAction} className={styles.revealForm}>
                        <input type="hidden" name="requestId" value={row.id} />
                        <input type="hidden" name="returnTo" value={returnTo} />
                        <button type="submit" className={styles.revealButton}>
                          Reveal<span className="visually-hidden"> the subject of {row.reference}</span>
                        </button>
                      </form>
                    ) : null}
                  </>
                )}
              </td>
              <td>
                <span className={`badge ${row.statusBadge}`}>{row.statusLabel}</span>
              </td>
              <td className={styles.nowrap}>
                <time dateTime={row.received.iso}>{row.received.text}</time>
              </td>
              <td className={styles.nowrap}>
                <DueDate due={row.due} />
              </td>
              <td>
                {row.assignee ? (
                  <>
                    {row.assignee.name}
                    {row.assignee.isMe ? <span className={styles.me}> (you)</span> : null}
                  </>
                ) : (
                  <span className={styles.unassigned}>Unassigned</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
