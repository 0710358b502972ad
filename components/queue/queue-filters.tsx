// The queue's filters as a GET form: submitting it changes the address, so every view can be
// bookmarked and shared, and it works without JavaScript (next/form adds client navigation).
import Form from "next/form";
import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";
import { fieldControlProps } from "@/components/ui/field";
import { REQUEST_TYPES, requestTypeLabel, staffStatusLabel } from "@/lib/requests/labels";
import type { QueueAssignee } from "@/lib/requests/queue/list-queue-assignees";
import {
  DUE_WITHIN_CHOICES,
  clearQueueFilters,
  QUEUE_STATUSES,
  hasActiveFilters,
  queueHref,
  queueSearchParams,
  toUrlToken,
  type QueueFilters,
} from "@/lib/requests/queue/schemas";
import styles from "@/components/ui/filter-form.module.css";

type Props = {
  orgSlug: string;
  filters: QueueFilters;
  assignees: QueueAssignee[];
  currentUserId: string;
  /** A reference in this organization's format, for the search hint. */
  exampleReference: string;
};

function dueWithinLabel(days: number): string {
  if (days === 0) return "Due today";
  return `Due in the next ${days} ${days === 1 ? "day" : "days"}`;
}

function Select({ id, name, label, value, children }: { id: string; name: string; label: string; value: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select {...fieldControlProps({ id })} name={name} defaultValue={value}>
        {children}
      </select>
    </div>
  );
}

export function QueueFilterForm({ orgSlug, filters, assignees, currentUserId, exampleReference }: Props) {
  const assignee = typeof filters.assignee === "string" ? filters.assignee : filters.assignee.userId;
  const due = typeof filters.due === "string" ? filters.due : String(filters.due.withinDays);
  const dueChoices: number[] = [...DUE_WITHIN_CHOICES];
  if (typeof filters.due === "object" && !dueChoices.includes(filters.due.withinDays)) {
    dueChoices.push(filters.due.withinDays);
    dueChoices.sort((a, b) => a - b);
  }
  const others = assignees.filter((a) => a.id !== currentUserId);
  const isUnknownAssignee = typeof filters.assignee === "object" && !assignees.some((a) => a.id === assignee);

  return (
    // The key remounts the form when the address changes (a tab, "Clear filters", Back), so the
    // fields always show the filters in force.
    <Form
      key={queueSearchParams({ ...filters, after: null, before: null }).toString()}
      action={`/dashboard/${orgSlug}/queue`}
      aria-label="Filter requests"
      className={styles.form}
    >
      <input type="hidden" name="queue" value={toUrlToken(filters.queue)} />
      <div className={styles.fields}>
        <Select id="filter-status" name="status" label="Status" value={toUrlToken(filters.status)}>
          <option value="open">Open</option>
          <option value="closed">Closed</option>
          <option value="all">All statuses</option>
          {QUEUE_STATUSES.map((s) => (
            <option key={s} value={toUrlToken(s)}>
              {staffStatusLabel[s]}
            </option>
          ))}
        </Select>
        <Select id="filter-type" name="type" label="Type" value={toUrlToken(filters.type)}>
          <option value="all">All types</option>
          {REQUEST_TYPES.map((t) => (
            <option key={t} value={toUrlToken(t)}>
              {requestTypeLabel[t]}
            </option>
          ))}
        </Select>
        <Select id="filter-assignee" name="assignee" label="Assignee" value={assignee}>
          <option value="any">Anyone or no one</option>
          <option value="me">Assigned to me</option>
          <option value="unassigned">Unassigned</option>
          {others.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name || a.email}
            </option>
          ))}
          {isUnknownAssignee ? <option value={assignee}>Someone no longer in the team</option> : null}
        </Select>
        <Select id="filter-due" name="due" label="Due" value={due}>
          <option value="any">Any due date</option>
          <option value="overdue">Overdue</option>
          {dueChoices.map((days) => (
            <option key={days} value={String(days)}>
              {dueWithinLabel(days)}
            </option>
          ))}
        </Select>
        <Select id="filter-sort" name="sort" label="Sort by" value={filters.sort}>
          <option value="due">Due date, soonest first</option>
          <option value="received">Date received, newest first</option>
        </Select>
        <div className={`field ${styles.wide}`}>
          <label htmlFor="filter-q" className="field__label">
            Reference or email
          </label>
          <input
            {...fieldControlProps({ id: "filter-q", hint: true })}
            type="search"
            name="q"
            defaultValue={filters.q}
            autoComplete="off"
            spellCheck={false}
          />
          <p id="filter-q-hint" className="field__hint">
            A whole reference such as {exampleReference}, or the exact email address.
          </p>
        </div>
        <div className={styles.actions}>
          <button type="submit" className={buttonClassName({ variant: "primary" })}>
            Apply filters
          </button>
          {hasActiveFilters(filters) ? <Link href={queueHref(orgSlug, clearQueueFilters(filters))}>Clear filters</Link> : null}
        </div>
      </div>
    </Form>
  );
}
