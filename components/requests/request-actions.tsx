// The actions a request's status allows, each as a form. Only what allowedActions() offers is shown,
// and nothing at all to a role that may not work on requests; the server checks again either way.
import { staffActionLabel } from "@/lib/requests/labels";
import { roleLabel } from "@/lib/auth/roles";
import type { Role } from "@/lib/db/generated/enums";
import type { StaffRequestView } from "@/lib/requests/get-staff-request";
import { COMPLETE_OUTCOMES, NEW_CUSTOMER } from "@/lib/requests/action-schemas";
import { outcomeLabel, pauseReasonLabel, regimeLabel } from "@/lib/requests/labels";
import { clockStopsFor, PAUSE_REASONS } from "@/lib/deadlines";
import { formatBytes, MAX_FILE_BYTES } from "@/lib/files/check-upload";
import { ALLOWED_FILE_TYPES_TEXT } from "@/lib/files/sniff-file-type";
import { ActionForm, type ActionField } from "./action-form";
import type { FormAction } from "./action-form-state";
import styles from "./request-page.module.css";

export type RequestActionHandlers = Record<
  | "claim"
  | "assign"
  | "start"
  | "resume"
  | "note"
  | "reply"
  | "requestInfo"
  | "extend"
  | "markDuplicate"
  | "deny"
  | "complete"
  | "forward"
  | "withdraw",
  FormAction
>;

type Props = {
  request: StaffRequestView;
  handlers: RequestActionHandlers;
  currentUserId: string;
  role: Role;
  /** The due date has passed: the law allows an extension only before it, so no form is offered. */
  isOverdue: boolean;
};

function Panel({ title, children, open = false }: { title: string; children: React.ReactNode; open?: boolean }) {
  return (
    <details className={styles.panel} open={open}>
      <summary className={styles.panelSummary}>{title}</summary>
      <div className={styles.panelBody}>{children}</div>
    </details>
  );
}

function ExtendForm({ request, action }: { request: StaffRequestView; action: FormAction }) {
  if (!request.extension.isAvailable) return null;
  const { limit } = request.extension;
  const reason: ActionField = {
    kind: "textarea",
    name: "reason",
    label: "Reason",
    hint: "The subject reads this reason, by email and on their status page, with the new due date. Write it for them, in plain words.",
    required: true,
  };
  const amount: ActionField =
    limit.unit === "months"
      ? {
          kind: "radios",
          name: "months",
          label: "Extend by",
          required: true,
          options: Array.from({ length: limit.max }, (_, i) => ({ value: String(i + 1), label: i === 0 ? "1 month" : `${i + 1} months` })),
        }
      : {
          kind: "text",
          name: "days",
          label: `Extend by how many ${limit.unitWord}?`,
          hint: `At most ${limit.max} ${limit.unitWord}, added to the current due date.`,
          inputMode: "numeric",
          required: true,
        };
  return (
    <ActionForm
      id="extend"
      action={action}
      schema={limit.unit === "months" ? "extendMonths" : "extendDays"}
      submitLabel="Extend the deadline"
      pendingLabel="Extending…"
      intro={<p className={styles.formIntro}>A request can be extended once, before its due date. We email the subject the new date and your reason.</p>}
      fields={[amount, reason]}
    />
  );
}

export function RequestActions({ request, handlers, currentUserId, role, isOverdue }: Props) {
  const can = new Set(request.actions);
  if (can.size === 0) {
    return (
      <p className="text-muted">
        {request.status === "COMPLETED" || request.status === "DENIED" || request.status === "WITHDRAWN"
          ? "This request is closed: its history stays here as a record."
          : `Your role, ${roleLabel[role]}, lets you see this request but not act on it.`}
      </p>
    );
  }
  const takesFiles = request.type === "ACCESS" || request.type === "EXPORT";
  const isMine = request.assignee?.id === currentUserId;

  return (
    <div className={styles.actions}>
      <div className={styles.quickActions}>
        {can.has("assign") && !isMine ? (
          <ActionForm id="claim" action={handlers.claim} schema="none" fields={[]} submitLabel="Claim this request" pendingLabel="Claiming…" />
        ) : null}
        {isMine ? <p className={styles.mine}>You are working on this request.</p> : null}
        {can.has("start") ? (
          <ActionForm id="start" action={handlers.start} schema="none" fields={[]} submitLabel="Start work" variant="secondary" pendingLabel="Starting…" />
        ) : null}
        {can.has("resume") ? (
          <ActionForm
            id="resume"
            action={handlers.resume}
            schema="none"
            fields={[]}
            submitLabel="Resume without an answer"
            variant="secondary"
            pendingLabel="Resuming…"
          />
        ) : null}
      </div>

      {can.has("assign") ? (
        <Panel title="Assign">
          <ActionForm
            id="assign"
            action={handlers.assign}
            schema="assign"
            submitLabel="Save assignment"
            fields={[
              {
                kind: "select",
                name: "assigneeId",
                label: "Who works on this request?",
                defaultValue: request.assignee?.id ?? "",
                options: [
                  { value: "", label: "Nobody (unassigned)" },
                  ...request.members.map((m) => ({ value: m.id, label: `${m.name || m.email}${m.id === currentUserId ? " (you)" : ""}` })),
                ],
              },
            ]}
          />
        </Panel>
      ) : null}

      {can.has("reply") ? (
        <Panel title={staffActionLabel.reply}>
          <ActionForm
            id="reply"
            action={handlers.reply}
            schema="reply"
            submitLabel="Send reply"
            pendingLabel="Sending…"
            fields={[{ kind: "textarea", name: "message", label: "Message", hint: "Emailed to the subject and shown on their status page.", required: true }]}
          />
        </Panel>
      ) : null}

      {can.has("requestInfo") ? (
        <Panel title={staffActionLabel.requestInfo}>
          <ActionForm
            id="request-info"
            action={handlers.requestInfo}
            schema="requestInfo"
            submitLabel="Send question"
            pendingLabel="Sending…"
            fields={[
              {
                kind: "radios",
                name: "reason",
                label: "What are you asking for?",
                hint: `Whether the deadline clock stops while the subject answers depends on the law: ${regimeLabel[request.regime ?? "DEFAULT"]}.`,
                required: true,
                options: PAUSE_REASONS.map((reason) => ({
                  value: reason,
                  label: pauseReasonLabel[reason],
                  description: clockStopsFor(request.regime ?? "DEFAULT", reason)
                    ? "The clock stops until they answer."
                    : "The clock keeps running: this law does not pause for it.",
                })),
              },
              {
                kind: "textarea",
                name: "question",
                label: "Your question",
                hint: "Emailed to the subject, who answers on their status page. The request waits on them meanwhile.",
                required: true,
              },
            ]}
          />
        </Panel>
      ) : null}

      {can.has("extend") && !isOverdue ? (
        <Panel title={staffActionLabel.extend}>
          <ExtendForm request={request} action={handlers.extend} />
        </Panel>
      ) : null}

      {can.has("note") ? (
        <Panel title={staffActionLabel.note}>
          <ActionForm
            id="note"
            action={handlers.note}
            schema="note"
            submitLabel="Add note"
            variant="secondary"
            fields={[{ kind: "textarea", name: "note", label: "Note", hint: "Only staff see internal notes.", required: true }]}
          />
        </Panel>
      ) : null}

      {can.has("complete") ? (
        <Panel title={staffActionLabel.complete}>
          <ActionForm
            id="complete"
            action={handlers.complete}
            schema="complete"
            submitLabel="Complete the request"
            pendingLabel="Completing…"
            fields={[
              {
                kind: "radios",
                name: "outcome",
                label: "Outcome",
                required: true,
                options: COMPLETE_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel[o] })),
              },
              {
                kind: "textarea",
                name: "message",
                label: "Message to the subject",
                hint: "The subject reads this on their status page and in the email that tells them the request is done.",
                required: true,
              },
              ...(takesFiles
                ? [
                    {
                      kind: "file" as const,
                      name: "files",
                      label: "Files of the answer",
                      multiple: true,
                      accept: ".pdf,.zip,.png,.jpg,.jpeg,.csv,.json,.txt",
                      hint: `Needed unless no data was found. ${ALLOWED_FILE_TYPES_TEXT}; up to ${formatBytes(MAX_FILE_BYTES)} each. The subject downloads them from their status page for a limited time.`,
                    },
                  ]
                : []),
            ]}
          />
        </Panel>
      ) : null}

      {can.has("forward") ? (
        <Panel title={staffActionLabel.forward}>
          <ActionForm
            id="forward"
            action={handlers.forward}
            schema="forward"
            submitLabel="Forward the request"
            pendingLabel="Forwarding…"
            intro={
              <p className={styles.formIntro}>
                The customer decides about this data. We email its privacy contact the request&apos;s details and tell the subject
                that the customer will answer them.
                {request.controllerName ? ` The subject named "${request.controllerName}".` : ""}
              </p>
            }
            fields={[
              {
                kind: "select",
                name: "customerId",
                label: "Customer (the controller)",
                required: true,
                defaultValue: request.customers[0]?.id ?? NEW_CUSTOMER,
                options: [
                  ...request.customers.map((c) => ({ value: c.id, label: `${c.name} (${c.contactEmail})` })),
                  { value: NEW_CUSTOMER, label: "A new customer…" },
                ],
              },
              {
                kind: "conditional",
                when: { field: "customerId", values: [NEW_CUSTOMER] },
                fields: [
                  { kind: "text", name: "customerName", label: "Customer's name", required: true },
                  { kind: "email", name: "contactEmail", label: "Customer's privacy contact email", required: true },
                ],
              },
              { kind: "textarea", name: "note", label: "Note to the customer (optional)", rows: 3 },
            ]}
          />
        </Panel>
      ) : null}

      {can.has("markDuplicate") ? (
        <Panel title={staffActionLabel.markDuplicate}>
          <ActionForm
            id="duplicate"
            action={handlers.markDuplicate}
            schema="markDuplicate"
            submitLabel="Close as duplicate"
            variant="secondary"
            fields={[
              {
                kind: "text",
                name: "reference",
                label: "Reference of the original request",
                hint: "A confirmed request of your organization, e.g. OPSIQ-2026-000123. The subject is told this reference only if both requests are theirs.",
                required: true,
              },
              { kind: "textarea", name: "note", label: "Internal note (optional)", rows: 3 },
            ]}
          />
        </Panel>
      ) : null}

      {can.has("deny") ? (
        <Panel title={staffActionLabel.deny}>
          <ActionForm
            id="deny"
            action={handlers.deny}
            schema="deny"
            submitLabel="Deny the request"
            variant="danger"
            fields={[
              {
                kind: "textarea",
                name: "reason",
                label: "Reason",
                hint: "The subject will see this reason, on their status page and by email. Write it for them, in plain words.",
                required: true,
              },
            ]}
          />
        </Panel>
      ) : null}

      {can.has("withdraw") ? (
        <Panel title={staffActionLabel.withdraw}>
          <ActionForm
            id="withdraw"
            action={handlers.withdraw}
            schema="withdraw"
            submitLabel="Record the withdrawal"
            variant="secondary"
            fields={[
              {
                kind: "textarea",
                name: "reason",
                label: "How did the subject ask to withdraw?",
                hint: "For example: 'Phoned on 3 March and asked us to stop.'",
                rows: 3,
                required: true,
              },
            ]}
          />
        </Panel>
      ) : null}
    </div>
  );
}
