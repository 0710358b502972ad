// The two queues as tabs: links (each view is an address), each with its number of open requests.
import Link from "next/link";
import type { Queue } from "@/lib/db/generated/enums";
import type { OpenCounts } from "@/lib/requests/queue/count-open-by-queue";
import { queueHref, type QueueFilters } from "@/lib/requests/queue/schemas";
import styles from "./queue-tabs.module.css";

const TABS: { queue: Queue; label: string }[] = [
  { queue: "CONTROLLER", label: "Controller" },
  { queue: "PROCESSOR", label: "Processor" },
];

export function QueueTabs({ orgSlug, filters, counts }: { orgSlug: string; filters: QueueFilters; counts: OpenCounts }) {
  return (
    <nav aria-label="Queues" className={styles.tabs}>
      <ul className={styles.list}>
        {TABS.map((tab) => {
          const isCurrent = filters.queue === tab.queue;
          const count = counts[tab.queue];
          return (
            <li key={tab.queue}>
              <Link
                href={queueHref(orgSlug, filters, { queue: tab.queue })}
                aria-current={isCurrent ? "page" : undefined}
                className={styles.tab}
              >
                {tab.label}
                <span className="visually-hidden"> queue,</span>{" "}
                <span className={styles.count}>
                  {count}
                  <span className="visually-hidden"> open</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
