// Settings → Profile: who the organization is, whom subjects contact or complain to, the laws it applies,
// its time zone, language and accent colour. Takes effect at once on the portal; audited field by field.
import "server-only";
import type { ActionResult } from "@/lib/requests/action-result";
import { invalid } from "@/lib/requests/action-result";
import { rescheduleOrganizationReminders } from "@/lib/reminders/reschedule-organization-reminders";
import { adminRefusal, auditSetting, changedFields, hasChanges, runSettingsChange, type SettingsContext } from "./run-settings-change";
import { profileSchema, settingsFieldErrors, type ProfileInput } from "./settings-schemas";

export type SettingsSaved = { changed: string[] };

export async function updateOrganizationProfile({
  context,
  input,
  now,
}: {
  context: SettingsContext;
  input: ProfileInput;
  now: Date;
}): Promise<ActionResult<SettingsSaved>> {
  const refused = adminRefusal(context);
  if (refused) return refused;
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return invalid(settingsFieldErrors(parsed.error));
  const profile = parsed.data;
  return runSettingsChange(context, async (tx, org) => {
    const change = changedFields(org, profile);
    if (!hasChanges(change)) return { changed: [] };
    const updated = await tx.organization.update({ where: { id: org.id }, data: change.after as typeof profile });
    // Reminders fire at the start of a day in the organization's time zone: a new zone moves them.
    if ("timeZone" in change.after) await rescheduleOrganizationReminders(tx, updated, now);
    await auditSetting(tx, context, {
      action: "organization.update_profile",
      targetType: "Organization",
      targetId: org.id,
      before: change.before,
      after: change.after,
    });
    return { changed: Object.keys(change.after) };
  }, { timeoutMs: 120_000 });
}
