// Settings → Deadline policy: the rule new requests are held to, the extension cap, reminder points, how long
// subjects have to answer, link lifetimes and the retention period. Requests already accepted keep the rule
// they were given (they store it, docs/decisions/0005-deadlines.md); new reminder points apply at once to
// every open request, whose pending reminder is rescheduled in the same transaction (0006-reminders.md).
import "server-only";
import type { ActionResult } from "@/lib/requests/action-result";
import { invalid } from "@/lib/requests/action-result";
import { rescheduleOrganizationReminders } from "@/lib/reminders/reschedule-organization-reminders";
import { adminRefusal, auditSetting, changedFields, hasChanges, runSettingsChange, type SettingsContext } from "./run-settings-change";
import { deadlinePolicySchema, settingsFieldErrors, type DeadlinePolicyInput } from "./settings-schemas";

export type DeadlinePolicySaved = { changed: string[]; rescheduled: number };

export async function updateDeadlinePolicy({
  context,
  input,
  now,
}: {
  context: SettingsContext;
  input: DeadlinePolicyInput;
  now: Date;
}): Promise<ActionResult<DeadlinePolicySaved>> {
  const refused = adminRefusal(context);
  if (refused) return refused;
  const parsed = deadlinePolicySchema.safeParse(input);
  if (!parsed.success) return invalid(settingsFieldErrors(parsed.error));
  const { responseDays, responseBusinessDays, ...policy } = parsed.data;
  // The custom period is only asked for (and only matters) with the CUSTOM rule; otherwise it keeps its value.
  const next = policy.regime === "CUSTOM" ? { ...policy, responseDays: responseDays!, responseBusinessDays } : policy;

  return runSettingsChange(
    context,
    async (tx, org) => {
      const change = changedFields(org, next);
      if (!hasChanges(change)) return { changed: [], rescheduled: 0 };
      const updated = await tx.organization.update({ where: { id: org.id }, data: next });
      const remindersChanged = "reminderDaysBefore" in change.after || "remindOverdueDaily" in change.after;
      const rescheduled = remindersChanged ? await rescheduleOrganizationReminders(tx, updated, now) : 0;
      await auditSetting(tx, context, {
        action: "organization.update_deadline_policy",
        targetType: "Organization",
        targetId: org.id,
        before: change.before,
        after: change.after,
        reason: remindersChanged ? `Pending reminders of ${rescheduled} open ${rescheduled === 1 ? "request" : "requests"} rescheduled.` : null,
      });
      return { changed: Object.keys(change.after), rescheduled };
    },
    // Rescheduling touches every open request of the organization.
    { timeoutMs: 120_000 },
  );
}
