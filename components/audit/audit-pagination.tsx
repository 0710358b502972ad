// Newer / older entries of the audit log, keeping its filters. Keyset pages have no numbers: each link
// names the entry it continues from.
import Link from "next/link";
import { auditHref, type AuditFilters } from "@/lib/audit/schemas";
import styles from "@/components/queue/queue-pagination.module.css";

type Props = { orgSlug: string; filters: AuditFilters; isFirstPage: boolean; newerCursor: string | null; olderCursor: string | null };

export function AuditPagination({ orgSlug, filters, isFirstPage, newerCursor, olderCursor }: Props) {
  if (isFirstPage && !olderCursor) return null;
  return (
    <nav aria-label="Pages of the audit log" className={styles.pagination}>
      <ul className={styles.list}>
        {!isFirstPage ? (
          <li>
            <Link href={auditHref(orgSlug, filters)}>Newest entries</Link>
          </li>
        ) : null}
        {newerCursor ? (
          <li>
            <Link href={auditHref(orgSlug, filters, { before: newerCursor })} rel="prev">
              <span aria-hidden="true">← </span>Newer entries
            </Link>
          </li>
        ) : null}
        {olderCursor ? (
          <li className={styles.next}>
            <Link href={auditHref(orgSlug, filters, { after: olderCursor })} rel="next">
              Older entries<span aria-hidden="true"> →</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
