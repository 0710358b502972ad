// /dashboard/{orgSlug}/requests/new — staff record a request received by email or phone, on the
// subject's behalf: the portal's fields, plus the channel and how identity was checked.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/requests/action-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembership } from "@/lib/auth/require-membership";
import { can, roleLabel } from "@/lib/auth/roles";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";
import { INTAKE_CHANNELS } from "@/lib/requests/action-schemas";
import { JURISDICTIONS, isJurisdiction } from "@/lib/requests/jurisdictions";
import { channelLabel, requestTypeDescription, requestTypeLabel } from "@/lib/requests/labels";
import { recordRequestAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Record a request", robots: { index: false, follow: false } };

export default async function NewRequestPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const context = await requireMembership(orgSlug);
  const org = await getPortalOrganization(context.organization.slug);
  if (!org) notFound();
  const processorKeys = org.relationships.filter((r) => r.queue === "PROCESSOR").map((r) => r.key);

  return (
    <div className="stack narrow">
      <PageHeader
        eyebrow={org.name}
        title="Record a request received by email or phone"
        description={
          <p>
            Use this when a person asked outside the portal. Record it only after checking it is them: it counts as confirmed at once,
            gets a reference and a due date, and the person receives their private status link by email.
          </p>
        }
      />
      {can(context.role, "work") ? (
        <ActionForm
          id="intake"
          action={recordRequestAction.bind(null, org.slug)}
          schema="intake"
          intake={{ requestTypes: org.requestTypes, relationships: org.relationships.map(({ key, queue }) => ({ key, queue })) }}
          submitLabel="Record the request"
          pendingLabel="Recording…"
          fields={[
            {
              kind: "radios",
              name: "channel",
              label: "How did the request reach you?",
              required: true,
              options: INTAKE_CHANNELS.map((c) => ({ value: c, label: channelLabel[c] })),
            },
            {
              kind: "radios",
              name: "type",
              label: "What does the person ask for?",
              required: true,
              options: org.requestTypes.map((t) => ({ value: t, label: requestTypeLabel[t], description: requestTypeDescription[t] })),
            },
            {
              kind: "conditional",
              when: { field: "type", values: ["CORRECTION"] },
              fields: [
                { kind: "textarea", name: "correctionWrong", label: "Which information is wrong?", rows: 3, required: true },
                { kind: "textarea", name: "correctionRight", label: "What should it say instead?", rows: 3, required: true },
              ],
            },
            {
              kind: "radios",
              name: "relationship",
              label: `How does the person know ${org.name}?`,
              required: true,
              options: org.relationships.map((r) => ({ value: r.key, label: r.label, description: r.description ?? undefined })),
            },
            {
              kind: "conditional",
              when: { field: "relationship", values: processorKeys },
              fields: [{ kind: "text", name: "controllerName", label: "Which customer's service did they use?", required: true }],
            },
            { kind: "text", name: "name", label: "Their full name", autoComplete: "off", required: true },
            {
              kind: "email",
              name: "email",
              label: "Their email address",
              hint: "Their private status link goes here.",
              required: true,
            },
            {
              kind: "select",
              name: "jurisdiction",
              label: "Where do they live?",
              required: true,
              defaultValue: isJurisdiction(org.defaultJurisdiction) ? org.defaultJurisdiction : undefined,
              options: JURISDICTIONS.map((j) => ({ value: j.code, label: j.name })),
            },
            { kind: "textarea", name: "details", label: "What they asked, in their words (optional)", rows: 4 },
            {
              kind: "textarea",
              name: "identityNote",
              label: "How did you check it is them? (optional)",
              hint: "Only staff see this note.",
              rows: 3,
            },
          ]}
        />
      ) : (
        <Alert tone="warning">Your role, {roleLabel[context.role]}, cannot record requests.</Alert>
      )}
    </div>
  );
}
