// A due date with how it stands: "in 3 days", "due today", "2 days overdue". Colour repeats the words,
// never replaces them.
import type { QueueRowView } from "@/lib/requests/queue/present-queue-row";
import styles from "./due-date.module.css";

const BADGE = { overdue: "badge badge--overdue", "due-soon": "badge badge--due-soon" } as const;

export function DueDate({ due }: { due: QueueRowView["due"] }) {
  if (!due) return <span className={styles.none}>No due date</span>;
  return (
    <span className={styles.due}>
      <time dateTime={due.iso}>{due.date}</time>
      {due.text && due.tone ? (
        due.tone === "on-track" ? (
          <span className={styles.onTrack}>{due.text}</span>
        ) : (
          <span className={BADGE[due.tone]}>{due.text}</span>
        )
      ) : null}
    </span>
  );
}
