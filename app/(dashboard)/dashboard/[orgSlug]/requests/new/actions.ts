"use server";
// Records a request that reached staff by email or phone, then opens it.
import { redirect } from "next/navigation";
import type { ActionFormState } from "@/components/requests/action-form-state";
import { PermissionError, requireMembership, type MembershipContext } from "@/lib/auth/require-membership";
import { recordRequest } from "@/lib/requests/record-request";
import { REQUEST_FIELDS } from "@/lib/requests/schemas";

const FIELDS = [...REQUEST_FIELDS, "channel", "identityNote"] as const;

export async function recordRequestAction(orgSlug: string, _state: ActionFormState, formData: FormData): Promise<ActionFormState> {
  const values: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value;
  }
  let context: MembershipContext;
  try {
    context = await requireMembership(orgSlug, "work");
  } catch (error) {
    if (error instanceof PermissionError) return { ok: false, error: error.message, values };
    throw error;
  }
  const result = await recordRequest({ context, input: values, now: new Date() });
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors, values };
  redirect(`/dashboard/${context.organization.slug}/requests/${result.requestId}?done=recorded`);
}
