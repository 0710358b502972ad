// A request's full history for staff: every entry, who made it, and whether the subject sees it.
import { formatDateTime } from "@/lib/format/format-date";
import type { StaffRequestView } from "@/lib/requests/get-staff-request";
import styles from "./request-page.module.css";

const ACTOR: Record<string, string> = { SUBJECT: "The subject", SYSTEM: "Rightsdesk", STAFF: "Staff" };

export function StaffHistory({ events, timeZone }: { events: StaffRequestView["events"]; timeZone: string }) {
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.id} className={["timeline__item", event.kind === "request.note" ? styles.noteItem : ""].join(" ")}>
          <span className="timeline__time">
            <time dateTime={event.at.toISOString()}>{formatDateTime(event.at, timeZone)}</time> · {event.actorName ?? ACTOR[event.actor]}
            {" · "}
            {event.visibleToSubject ? (
              <span className={styles.visible}>the subject sees this</span>
            ) : (
              <span className={styles.internal}>internal</span>
            )}
          </span>
          <p className={`timeline__message ${styles.prewrap}`}>{event.message}</p>
        </li>
      ))}
    </ol>
  );
}
