"use server";
// Records a request that reached staff by email or phone, then opens it.
import { redirect } from "next/navigation";
import type { ActionFormState } from "@/components/requests/action-form-state";
import { requireMembershipForAction } from "@/lib/auth/require-membership";
import { textFields } from "@/lib/http/text-fields";
import { recordRequest } from "@/lib/requests/record-request";
import { REQUEST_FIELDS } from "@/lib/requests/schemas";

const FIELDS = [...REQUEST_FIELDS, "channel", "identityNote"] as const;

export async function recordRequestAction(orgSlug: string, _state: ActionFormState, formData: FormData): Promise<ActionFormState> {
  const values = textFields(formData, FIELDS);
  const member = await requireMembershipForAction(orgSlug, "work");
  if (!member.ok) return { ok: false, error: member.error, values };
  const { context } = member;
  const result = await recordRequest({ context, input: values, now: new Date() });
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors, values };
  redirect(`/dashboard/${context.organization.slug}/requests/${result.requestId}?done=recorded`);
}
