// /dashboard/organizations/new — any signed-in user can give an organization its own privacy request portal,
// and becomes its owner. Everything beyond these five answers has a sensible default, changed in Settings.
import type { Metadata } from "next";
import { SettingsForm } from "@/components/settings/settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-membership";
import { getEnv } from "@/lib/env";
import { COUNTRIES_OF_ORGANIZATIONS } from "@/lib/requests/jurisdictions";
import { createOrganizationAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Create an organization", robots: { index: false, follow: false } };

export default async function NewOrganizationPage() {
  const user = await requireUser();
  const host = getEnv().APP_URL.replace(/^https?:\/\//, "");
  return (
    <div className="stack narrow">
      <PageHeader
        title="Create an organization"
        description={
          <p>
            Your organization gets its own privacy request portal and staff workspace, and you become its owner. Owners sign in with
            two-factor authentication: you will set it up next if you have not yet. You can change everything later in Settings.
          </p>
        }
      />
      <SettingsForm
        id="new-org"
        label="Create an organization"
        action={createOrganizationAction}
        schema="createOrganization"
        submitLabel="Create the organization"
        pendingLabel="Creating…"
        defaults={{ privacyEmail: user.email, timeZone: "UTC" }}
        fields={[
          { kind: "text", name: "name", label: "Name", hint: "As people know it, e.g. Kea Kitchens.", required: true, autoComplete: "organization" },
          {
            kind: "text",
            name: "slug",
            label: "Portal address",
            hint: `Lower-case letters, digits and hyphens: the portal will be at ${host}/your-address.`,
            required: true,
            width: "medium",
            placeholder: "kea-kitchens",
          },
          {
            kind: "select",
            name: "country",
            label: "Country",
            hint: "Where the organization is based. Its privacy law applies to people from there.",
            required: true,
            options: [{ value: "", label: "Choose a country" }, ...COUNTRIES_OF_ORGANIZATIONS.map((c) => ({ value: c.code, label: c.name }))],
          },
          {
            kind: "select",
            name: "timeZone",
            label: "Time zone",
            hint: "Due dates end at midnight here.",
            required: true,
            options: ["UTC", ...Intl.supportedValuesOf("timeZone")].map((z) => ({ value: z, label: z.replaceAll("_", " ") })),
          },
          { kind: "email", name: "privacyEmail", label: "Privacy team's email address", hint: "Shown on the portal.", required: true, width: "medium" },
        ]}
      />
    </div>
  );
}
