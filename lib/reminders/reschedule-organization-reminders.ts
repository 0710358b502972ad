// When an organization changes its reminder points (or its time zone, which moves the days they fall on),
// every open request's pending staff reminder is replaced to match, in the transaction of the change.
import type { Tx } from "@/lib/db/client";
import type { Organization } from "@/lib/db/generated/client";
import { REMINDED_STATUSES, scheduleStaffReminder } from "./schedule-reminders";

/**
 * Reschedules the next staff reminder of each of the organization's open requests (NEW, IN_PROGRESS) with
 * the organization's settings as `org` holds them. The requests are locked first, so a staff action on one
 * of them waits and then schedules with the new settings. Returns how many requests it rescheduled.
 */
export async function rescheduleOrganizationReminders(
  tx: Tx,
  org: Pick<Organization, "id" | "timeZone" | "reminderDaysBefore" | "remindOverdueDaily">,
  now: Date,
): Promise<number> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "PrivacyRequest"
    WHERE "organizationId" = ${org.id}::uuid AND status::text = ANY(${[...REMINDED_STATUSES]}::text[]) AND "dueAt" IS NOT NULL
    ORDER BY id
    FOR UPDATE`;
  if (locked.length === 0) return 0;
  const requests = await tx.privacyRequest.findMany({
    where: { organizationId: org.id, id: { in: locked.map((r) => r.id) } },
    select: { id: true, organizationId: true, status: true, dueAt: true },
  });
  for (const request of requests) await scheduleStaffReminder(tx, request, org, now);
  return requests.length;
}
