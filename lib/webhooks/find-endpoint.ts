// An endpoint of the organization, locked for the change, or "not found" — another organization's id included.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { refuseSetting } from "@/lib/organizations/run-settings-change";
import { isUuid } from "@/lib/requests/run-staff-action";

export const ENDPOINT_NOT_FOUND = "We can't find this webhook endpoint in your organization.";

export async function findEndpointForChange(tx: Tx, organizationId: string, endpointId: string) {
  if (!isUuid(endpointId)) refuseSetting("not_found", ENDPOINT_NOT_FOUND);
  const endpoint = await tx.webhookEndpoint.findFirst({ where: { id: endpointId, organizationId } });
  if (!endpoint) refuseSetting("not_found", ENDPOINT_NOT_FOUND);
  return endpoint;
}
