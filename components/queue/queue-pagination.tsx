// Previous / next page of a queue, keeping its filters. Keyset pages have no numbers: each link names
// the row it continues from.
import Link from "next/link";
import { queueHref, type QueueFilters } from "@/lib/requests/queue/schemas";
import styles from "./queue-pagination.module.css";

type Props = { orgSlug: string; filters: QueueFilters; previousCursor: string | null; nextCursor: string | null };

export function QueuePagination({ orgSlug, filters, previousCursor, nextCursor }: Props) {
  const isFirstPage = !filters.after && !filters.before;
  if (isFirstPage && !nextCursor) return null;
  return (
    <nav aria-label="Pages of this queue" className={styles.pagination}>
      <ul className={styles.list}>
        {!isFirstPage ? (
          <li>
            <Link href={queueHref(orgSlug, filters)}>First page</Link>
          </li>
        ) : null}
        {previousCursor ? (
          <li>
            <Link href={queueHref(orgSlug, filters, { before: previousCursor, after: null })} rel="prev">
              <span aria-hidden="true">← </span>Previous page
            </Link>
          </li>
        ) : null}
        {nextCursor ? (
          <li className={styles.next}>
            <Link href={queueHref(orgSlug, filters, { after: nextCursor, before: null })} rel="next">
              Next page<span aria-hidden="true"> →</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
