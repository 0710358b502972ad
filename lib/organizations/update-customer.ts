// Settings → Request intake → Customers: correct a customer's name or privacy contact. Requests already
// forwarded keep the address they were sent to in their history.
import "server-only";
import type { ActionResult } from "@/lib/requests/action-result";
import { invalid } from "@/lib/requests/action-result";
import { isUuid } from "@/lib/requests/run-staff-action";
import { customerNameTaken } from "./add-customer";
import { adminRefusal, auditSetting, changedFields, hasChanges, refuseSetting, runSettingsChange, type SettingsContext } from "./run-settings-change";
import { customerSchema, settingsFieldErrors, type CustomerInput } from "./settings-schemas";
import type { SettingsSaved } from "./update-organization-profile";

export const CUSTOMER_NOT_FOUND = "We can't find this customer in your organization.";

export async function updateCustomer({
  context,
  customerId,
  input,
}: {
  context: SettingsContext;
  customerId: string;
  input: CustomerInput;
}): Promise<ActionResult<SettingsSaved>> {
  const refused = adminRefusal(context);
  if (refused) return refused;
  if (!isUuid(customerId)) return { ok: false, code: "not_found", error: CUSTOMER_NOT_FOUND };
  const parsed = customerSchema.safeParse(input);
  if (!parsed.success) return invalid(settingsFieldErrors(parsed.error));
  const { name } = parsed.data;
  return runSettingsChange(context, async (tx, org) => {
    const customer = await tx.customer.findFirst({ where: { id: customerId, organizationId: org.id } });
    if (!customer) refuseSetting("not_found", CUSTOMER_NOT_FOUND);
    const clash = await tx.customer.findFirst({
      where: { organizationId: org.id, name: { equals: name, mode: "insensitive" }, id: { not: customer.id } },
      select: { id: true },
    });
    if (clash) refuseSetting("invalid", "Some answers need fixing.", { name: [customerNameTaken(name)] });
    const change = changedFields(customer, parsed.data);
    if (!hasChanges(change)) return { changed: [] };
    await tx.customer.update({ where: { id: customer.id, organizationId: org.id }, data: parsed.data });
    await auditSetting(tx, context, {
      action: "customer.update",
      targetType: "Customer",
      targetId: customer.id,
      before: change.before,
      after: change.after,
    });
    return { changed: Object.keys(change.after) };
  });
}
