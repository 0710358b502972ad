// The current view of a queue in one sentence, for the table's caption and the empty state:
// "Open requests in the controller queue, assigned to me, overdue, soonest due first".
import { requestTypeLabel, staffStatusLabel } from "@/lib/requests/labels";
import type { QueueFilters } from "./schemas";

export function describeQueueView(filters: QueueFilters, names: { assignee?: string } = {}): string {
  const which =
    filters.status === "open"
      ? "Open requests"
      : filters.status === "closed"
        ? "Closed requests"
        : filters.status === "all"
          ? "All requests"
          : `Requests with status “${staffStatusLabel[filters.status]}”`;
  const parts = [`${which} in the ${filters.queue === "PROCESSOR" ? "processor" : "controller"} queue`];
  if (filters.type !== "all") parts.push(`type “${requestTypeLabel[filters.type]}”`);
  if (filters.assignee === "me") parts.push("assigned to me");
  else if (filters.assignee === "unassigned") parts.push("unassigned");
  else if (filters.assignee !== "any") parts.push(`assigned to ${names.assignee ?? "a former member"}`);
  if (filters.due === "overdue") parts.push("overdue");
  else if (filters.due !== "any") {
    const days = filters.due.withinDays;
    parts.push(days === 0 ? "due today" : `due in the next ${days} ${days === 1 ? "day" : "days"}`);
  }
  if (filters.q) parts.push(`matching “${filters.q}”`);
  parts.push(filters.sort === "received" ? "newest first" : "soonest due first");
  return parts.join(", ");
}
