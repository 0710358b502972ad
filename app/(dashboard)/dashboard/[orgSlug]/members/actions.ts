"use server";
// The members page's server actions: each checks the admin permission, collects its form's fields,
// calls the lib function (which parses them with the form's schema) and answers the form — or, when
// the row it was in is gone, reloads the page with what happened.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { MemberFormState } from "@/components/members/member-form-state";
import { requireMembershipForAction } from "@/lib/auth/require-membership";
import { can, roleLabel } from "@/lib/auth/roles";
import { textFields } from "@/lib/http/text-fields";
import { changeMember } from "@/lib/members/change-member";
import { INVITATION_TTL_DAYS, inviteMember } from "@/lib/members/invite-member";
import { removeMember } from "@/lib/members/remove-member";
import { revokeInvitation } from "@/lib/members/revoke-invitation";
import type { ChangeMemberInput, InviteInput } from "@/lib/members/schemas";
import type { MembersDoneKey } from "./done-messages";
import { postedForm } from "@/lib/http/posted-form";

const pathOf = (orgSlug: string) => `/dashboard/${orgSlug}/members`;

export async function inviteAction(orgSlug: string, _state: MemberFormState, formData: FormData): Promise<MemberFormState> {
  const values = textFields(formData, ["email", "role"]);
  const member = await requireMembershipForAction(orgSlug, "admin");
  if (!member.ok) return { ok: false, error: member.error, values };
  const result = await inviteMember({ context: member.context, input: values as InviteInput, now: new Date() }); // parsed there
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors, values };
  revalidatePath(pathOf(member.context.organization.slug));
  return {
    ok: true,
    message: `Invitation sent to ${result.email} (${roleLabel[result.role]}). The link works once, for ${INVITATION_TTL_DAYS} days.`,
  };
}

export async function changeMemberAction(orgSlug: string, membershipId: string, _state: MemberFormState, formData: FormData): Promise<MemberFormState> {
  const member = await requireMembershipForAction(orgSlug, "admin");
  if (!member.ok) return { ok: false, error: member.error };
  const form = postedForm(formData);
  const input = { role: form.get("role"), queues: form.getAll("queues") };
  const result = await changeMember({ context: member.context, membershipId, input: input as ChangeMemberInput }); // parsed there
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors };
  const { organization, user } = member.context;
  revalidatePath(pathOf(organization.slug));
  // An admin who gave themselves a role without this page goes where their new role may go.
  if (result.email === user.email && !can(result.role, "admin")) redirect(`/dashboard/${organization.slug}/queue`);
  return { ok: true, message: result.changed ? `Saved for ${result.email}.` : "Nothing to change: that is what they have." };
}

function done(orgSlug: string, key: MembersDoneKey): never {
  revalidatePath(pathOf(orgSlug));
  redirect(`${pathOf(orgSlug)}?done=${key}`);
}

export async function removeMemberAction(orgSlug: string, membershipId: string, _state: MemberFormState): Promise<MemberFormState> {
  const member = await requireMembershipForAction(orgSlug, "admin");
  if (!member.ok) return { ok: false, error: member.error };
  const result = await removeMember({ context: member.context, membershipId, now: new Date() });
  if (!result.ok) return { ok: false, error: result.error };
  // Someone who removed themselves has nothing more to do here.
  if (result.isSelf) redirect("/dashboard");
  done(member.context.organization.slug, result.unassigned > 0 ? "removedUnassigned" : "removed");
}

export async function revokeInvitationAction(orgSlug: string, invitationId: string, _state: MemberFormState): Promise<MemberFormState> {
  const member = await requireMembershipForAction(orgSlug, "admin");
  if (!member.ok) return { ok: false, error: member.error };
  const result = await revokeInvitation({ context: member.context, invitationId, now: new Date() });
  if (!result.ok) return { ok: false, error: result.error };
  done(member.context.organization.slug, "revoked");
}
