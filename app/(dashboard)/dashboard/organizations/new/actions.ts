"use server";
// Creates an organization for the signed-in user, who becomes its owner, then opens its settings (owners
// set up two-factor authentication first: requireMembership sends them there).
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { SettingsFormState } from "@/components/settings/settings-form-state";
import { requireUser } from "@/lib/auth/require-membership";
import { clientIpFrom } from "@/lib/http/client-ip";
import { formValues } from "@/lib/http/form-values";
import { createOrganizationAsUser } from "@/lib/organizations/create-organization";
import type { CreateOrganizationInput } from "@/lib/organizations/settings-schemas";

export async function createOrganizationAction(_state: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  const values = formValues(formData, { text: ["name", "slug", "country", "timeZone", "privacyEmail"] });
  const user = await requireUser();
  const result = await createOrganizationAsUser({
    userId: user.id,
    input: values as CreateOrganizationInput,
    actor: { userId: user.id, email: user.email, ip: clientIpFrom(await headers()) },
    now: new Date(),
  });
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors, values };
  // The workspace frame (its organization switcher and navigation) lists the member's organizations: redraw it.
  revalidatePath("/dashboard", "layout");
  redirect(`/dashboard/${result.organization.slug}/settings?created=1`);
}
