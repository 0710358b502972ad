"use server";
// The API keys page's server actions: each checks the admin permission, calls the lib function (which parses
// the form with its schema, audits, and never stores the secret) and answers the form.
import { revalidatePath } from "next/cache";
import type { CreateApiKeyState } from "@/components/api-keys/create-api-key-form";
import type { MemberFormState } from "@/components/members/member-form-state";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { apiKeyScopeLabel, type CreateApiKeyInput } from "@/lib/api-keys/schemas";
import { requireMembershipForAction } from "@/lib/auth/require-membership";
import { textFields } from "@/lib/http/text-fields";

const pathOf = (orgSlug: string) => `/dashboard/${orgSlug}/api-keys`;

export async function createApiKeyAction(orgSlug: string, _state: CreateApiKeyState, formData: FormData): Promise<CreateApiKeyState> {
  const values = textFields(formData, ["name", "scope"]);
  const member = await requireMembershipForAction(orgSlug, "admin");
  if (!member.ok) return { ok: false, error: member.error, values };
  const result = await createApiKey({ context: member.context, input: values as CreateApiKeyInput, now: new Date() }); // parsed there
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors, values };
  revalidatePath(pathOf(member.context.organization.slug));
  return { ok: true, name: result.key.name, token: result.key.token, scopeLabel: apiKeyScopeLabel[result.key.scope] };
}

export async function revokeApiKeyAction(orgSlug: string, apiKeyId: string, _state: MemberFormState): Promise<MemberFormState> {
  const member = await requireMembershipForAction(orgSlug, "admin");
  if (!member.ok) return { ok: false, error: member.error };
  const result = await revokeApiKey({ context: member.context, apiKeyId, now: new Date() });
  if (!result.ok) return { ok: false, error: result.error };
  revalidatePath(pathOf(member.context.organization.slug));
  return { ok: true, message: `The key "${result.name}" is revoked: calls with it are refused from now on.` };
}
