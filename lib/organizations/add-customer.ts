// Settings → Request intake → Customers: a controller that processor-queue requests are forwarded to, with
// the privacy contact who receives them. Names are unique within the organization.
import "server-only";
import type { ActionResult } from "@/lib/requests/action-result";
import { invalid } from "@/lib/requests/action-result";
import { adminRefusal, auditSetting, refuseSetting, runSettingsChange, type SettingsContext } from "./run-settings-change";
import { customerSchema, settingsFieldErrors, type CustomerInput } from "./settings-schemas";

export function customerNameTaken(name: string): string {
  return `${name} is already one of your customers.`;
}

export async function addCustomer({ context, input }: { context: SettingsContext; input: CustomerInput }): Promise<ActionResult<{ customerId: string }>> {
  const refused = adminRefusal(context);
  if (refused) return refused;
  const parsed = customerSchema.safeParse(input);
  if (!parsed.success) return invalid(settingsFieldErrors(parsed.error));
  const { name, contactEmail } = parsed.data;
  return runSettingsChange(context, async (tx, org) => {
    const existing = await tx.customer.findFirst({ where: { organizationId: org.id, name: { equals: name, mode: "insensitive" } }, select: { id: true } });
    if (existing) refuseSetting("invalid", "Some answers need fixing.", { name: [customerNameTaken(name)] });
    const customer = await tx.customer.create({ data: { organizationId: org.id, name, contactEmail } });
    await auditSetting(tx, context, {
      action: "customer.create",
      targetType: "Customer",
      targetId: customer.id,
      after: { customer: name, contactEmail },
    });
    return { customerId: customer.id };
  });
}
