"use server";
// The settings page's server actions: each reads its form's fields, checks the member may administer the
// organization, calls the lib function (which parses the input with the form's zod schema again) and
// answers with a message, or the problems and everything typed.
import { revalidatePath } from "next/cache";
import type { SettingsFormState } from "@/components/settings/settings-form-state";
import { requireMembershipForAction, type MembershipContext } from "@/lib/auth/require-membership";
import { formValues, type FormValues } from "@/lib/http/form-values";
import { addCustomer } from "@/lib/organizations/add-customer";
import { addRelationship } from "@/lib/organizations/add-relationship";
import { moveRelationship, type MoveDirection } from "@/lib/organizations/move-relationship";
import { removeCustomer } from "@/lib/organizations/remove-customer";
import { removeRelationship } from "@/lib/organizations/remove-relationship";
import { removeOrganizationLogo, uploadOrganizationLogo } from "@/lib/organizations/set-organization-logo";
import type { ActionResult } from "@/lib/requests/action-result";
import { updateCustomer } from "@/lib/organizations/update-customer";
import { updateDeadlinePolicy } from "@/lib/organizations/update-deadline-policy";
import { updateOrganizationProfile } from "@/lib/organizations/update-organization-profile";
import { updateRelationship } from "@/lib/organizations/update-relationship";
import { updateRequestTypes } from "@/lib/organizations/update-request-types";
import { postedForm } from "@/lib/http/posted-form";

type Fields = Parameters<typeof formValues>[1];

// Typed loosely on purpose: each lib function parses its input with the form's zod schema first.
type Posted = any;

async function perform<T extends object>(
  orgSlug: string,
  formData: FormData,
  fields: Fields,
  run: (context: MembershipContext, input: Posted) => Promise<ActionResult<T>>,
  done: (result: T) => string,
): Promise<SettingsFormState> {
  const values: FormValues = formValues(formData, fields);
  const member = await requireMembershipForAction(orgSlug, "admin");
  if (!member.ok) return { ok: false, error: member.error, values };
  const result = await run(member.context, values);
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors, values };
  // The workspace frame shows the organization's name too: redraw it with the page.
  revalidatePath("/dashboard", "layout");
  return { ok: true, message: done(result) };
}

const saved = ({ changed }: { changed: string[] }) => (changed.length === 0 ? "Nothing had changed." : "Saved. It applies from now on.");

const PROFILE = {
  text: [
    "name",
    "legalName",
    "tagline",
    "website",
    "policyUrl",
    "privacyEmail",
    "privacyContactName",
    "postalAddress",
    "country",
    "defaultJurisdiction",
    "regulatorName",
    "regulatorUrl",
    "laws",
    "timeZone",
    "locale",
    "accentColor",
  ],
  multi: ["regimes"],
} as const;

export async function saveProfileAction(orgSlug: string, _state: SettingsFormState, formData: FormData) {
  return perform(orgSlug, formData, PROFILE, (context, input) => updateOrganizationProfile({ context, input, now: new Date() }), saved);
}

export async function uploadLogoAction(orgSlug: string, _state: SettingsFormState, formData: FormData) {
  return perform(
    orgSlug,
    formData,
    {},
    (context) => uploadOrganizationLogo({ context, input: { logo: postedForm(formData).get("logo") } }),
    () => "Logo saved. The portal shows it now.",
  );
}

export async function removeLogoAction(orgSlug: string, _state: SettingsFormState, formData: FormData) {
  return perform(orgSlug, formData, {}, (context) => removeOrganizationLogo({ context }), () => "Logo removed.");
}

export async function saveRequestTypesAction(orgSlug: string, _state: SettingsFormState, formData: FormData) {
  return perform(orgSlug, formData, { multi: ["requestTypes"] }, (context, input) => updateRequestTypes({ context, input }), saved);
}

const RELATIONSHIP = { text: ["label", "description", "queue", "controllerPrompt"] } as const;

export async function addRelationshipAction(orgSlug: string, _state: SettingsFormState, formData: FormData) {
  return perform(orgSlug, formData, RELATIONSHIP, (context, input) => addRelationship({ context, input }), () => "Relationship added at the end of the list.");
}

export async function updateRelationshipAction(orgSlug: string, relationshipId: string, _state: SettingsFormState, formData: FormData) {
  return perform(orgSlug, formData, RELATIONSHIP, (context, input) => updateRelationship({ context, relationshipId, input }), saved);
}

export async function moveRelationshipAction(orgSlug: string, relationshipId: string, direction: MoveDirection, _state: SettingsFormState, formData: FormData) {
  return perform(orgSlug, formData, {}, (context) => moveRelationship({ context, relationshipId, direction }), () => `Moved ${direction}.`);
}

export async function removeRelationshipAction(orgSlug: string, relationshipId: string, _state: SettingsFormState, formData: FormData) {
  return perform(orgSlug, formData, {}, (context) => removeRelationship({ context, relationshipId }), () => "Relationship removed.");
}

const CUSTOMER = { text: ["name", "contactEmail"] } as const;

export async function addCustomerAction(orgSlug: string, _state: SettingsFormState, formData: FormData) {
  return perform(orgSlug, formData, CUSTOMER, (context, input) => addCustomer({ context, input }), () => "Customer added.");
}

export async function updateCustomerAction(orgSlug: string, customerId: string, _state: SettingsFormState, formData: FormData) {
  return perform(orgSlug, formData, CUSTOMER, (context, input) => updateCustomer({ context, customerId, input }), saved);
}

export async function removeCustomerAction(orgSlug: string, customerId: string, _state: SettingsFormState, formData: FormData) {
  return perform(orgSlug, formData, {}, (context) => removeCustomer({ context, customerId }), ({ name }) => `${name} removed.`);
}

const DEADLINE_POLICY = {
  text: ["regime", "clockStart", "holidayRegion", "responseDays", "extensionMaxDays", "reminderDaysBefore", "subjectReplyDays", "verificationTtlHours", "downloadTtlDays", "statusLinkDaysAfterClose", "retentionMonths"],
  checkbox: ["responseBusinessDays", "remindOverdueDaily"],
} as const;

export async function saveDeadlinePolicyAction(orgSlug: string, _state: SettingsFormState, formData: FormData) {
  return perform(
    orgSlug,
    formData,
    DEADLINE_POLICY,
    (context, input) => updateDeadlinePolicy({ context, input, now: new Date() }),
    ({ changed, rescheduled }) =>
      changed.length === 0
        ? "Nothing had changed."
        : `Saved. Requests accepted from now on follow this policy.${rescheduled > 0 ? ` The next reminder of ${rescheduled} open ${rescheduled === 1 ? "request was" : "requests were"} rescheduled.` : ""}`,
  );
}
