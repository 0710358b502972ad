// Settings → Request intake → Customers: remove one no request was forwarded to. One that was stays: the
// forwarded requests name it in the log.
import "server-only";
import type { ActionResult } from "@/lib/requests/action-result";
import { isUuid } from "@/lib/requests/run-staff-action";
import { adminRefusal, auditSetting, refuseSetting, runSettingsChange, type SettingsContext } from "./run-settings-change";
import { CUSTOMER_NOT_FOUND } from "./update-customer";

export async function removeCustomer({ context, customerId }: { context: SettingsContext; customerId: string }): Promise<ActionResult<{ name: string }>> {
  const refused = adminRefusal(context);
  if (refused) return refused;
  if (!isUuid(customerId)) return { ok: false, code: "not_found", error: CUSTOMER_NOT_FOUND };
  return runSettingsChange(context, async (tx, org) => {
    const customer = await tx.customer.findFirst({ where: { id: customerId, organizationId: org.id } });
    if (!customer) refuseSetting("not_found", CUSTOMER_NOT_FOUND);
    const used = await tx.privacyRequest.count({ where: { organizationId: org.id, customerId: customer.id } });
    if (used > 0) {
      refuseSetting(
        "conflict",
        `${customer.name} cannot be removed: ${used} ${used === 1 ? "request was" : "requests were"} forwarded to them, and the request log names them. You can still correct the contact address.`,
      );
    }
    await tx.customer.delete({ where: { id: customer.id, organizationId: org.id } });
    await auditSetting(tx, context, {
      action: "customer.delete",
      targetType: "Customer",
      targetId: customer.id,
      before: { customer: customer.name, contactEmail: customer.contactEmail },
    });
    return { name: customer.name };
  });
}
