// The subject's request form as an organization offers it, on its portal and embedded in its own website:
// the same fields, labels and server-side checks in both places.
import type { PortalOrganization } from "@/lib/organizations/get-portal-organization";
import { JURISDICTIONS, isJurisdiction } from "@/lib/requests/jurisdictions";
import { requestTypeDescription, requestTypeLabel } from "@/lib/requests/labels";
import { RequestForm, type RequestFormProps } from "./request-form";

export function PortalRequestForm({ org, action }: { org: PortalOrganization; action: RequestFormProps["action"] }) {
  return (
    <RequestForm
      action={action}
      organizationName={org.name}
      requestTypes={org.requestTypes.map((type) => ({
        type,
        label: requestTypeLabel[type],
        description: requestTypeDescription[type],
      }))}
      // Only what the form needs: no database ids reach the browser.
      relationships={org.relationships.map(({ key, label, description, queue, controllerPrompt }) => ({
        key,
        label,
        description,
        queue,
        controllerPrompt,
      }))}
      jurisdictions={JURISDICTIONS}
      defaultJurisdiction={isJurisdiction(org.defaultJurisdiction) ? org.defaultJurisdiction : ""}
    />
  );
}
