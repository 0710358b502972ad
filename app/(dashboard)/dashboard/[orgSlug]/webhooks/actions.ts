"use server";
// The webhooks page's server actions: each checks the admin permission, collects its form's fields, calls the
// lib function (which parses them with the form's schema and audits the change) and answers the form — or,
// when the row it was in is gone, reloads the page with what happened.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { MemberFormState } from "@/components/members/member-form-state";
import type { WebhookFormState } from "@/components/webhooks/webhook-form-state";
import { requireMembershipForAction } from "@/lib/auth/require-membership";
import { textFields } from "@/lib/http/text-fields";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { retryWebhookDelivery } from "@/lib/webhooks/retry-webhook-delivery";
import { rollWebhookSecret } from "@/lib/webhooks/roll-webhook-secret";
import type { EndpointInput } from "@/lib/webhooks/schemas";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { setWebhookEndpointEnabled } from "@/lib/webhooks/set-webhook-endpoint-enabled";
import type { WebhooksDoneKey } from "./done-messages";
import { postedForm } from "@/lib/http/posted-form";

const pathOf = (orgSlug: string) => `/dashboard/${orgSlug}/webhooks`;

export async function createEndpointAction(orgSlug: string, _state: WebhookFormState, formData: FormData): Promise<WebhookFormState> {
  const fields = textFields(formData, ["url", "description"]);
  const events = postedForm(formData).getAll("events").filter((e): e is string => typeof e === "string");
  const values = { ...fields, events };
  const member = await requireMembershipForAction(orgSlug, "admin");
  if (!member.ok) return { ok: false, error: member.error, values };
  const result = await createWebhookEndpoint({ context: member.context, input: values as EndpointInput, now: new Date() }); // parsed there
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors, values };
  revalidatePath(pathOf(member.context.organization.slug));
  return { ok: true, message: `Endpoint added: ${result.url}. Events are signed with the secret below.`, secret: result.secret };
}

export async function rollSecretAction(orgSlug: string, endpointId: string, _state: WebhookFormState): Promise<WebhookFormState> {
  const member = await requireMembershipForAction(orgSlug, "admin");
  if (!member.ok) return { ok: false, error: member.error };
  const result = await rollWebhookSecret({ context: member.context, endpointId, now: new Date() });
  if (!result.ok) return { ok: false, error: result.error };
  return { ok: true, message: `New secret for ${result.url}.`, secret: result.secret };
}

export async function setEnabledAction(orgSlug: string, endpointId: string, enabled: boolean, _state: MemberFormState): Promise<MemberFormState> {
  const member = await requireMembershipForAction(orgSlug, "admin");
  if (!member.ok) return { ok: false, error: member.error };
  const result = await setWebhookEndpointEnabled({ context: member.context, endpointId, enabled, now: new Date() });
  if (!result.ok) return { ok: false, error: result.error };
  done(member.context.organization.slug, enabled ? "enabled" : result.cancelled > 0 ? "disabledCancelled" : "disabled");
}

export async function sendTestAction(orgSlug: string, endpointId: string, _state: MemberFormState): Promise<MemberFormState> {
  const member = await requireMembershipForAction(orgSlug, "admin");
  if (!member.ok) return { ok: false, error: member.error };
  const result = await sendTestWebhook({ context: member.context, endpointId, now: new Date() });
  if (!result.ok) return { ok: false, error: result.error };
  done(member.context.organization.slug, "tested");
}

export async function deleteEndpointAction(orgSlug: string, endpointId: string, _state: MemberFormState): Promise<MemberFormState> {
  const member = await requireMembershipForAction(orgSlug, "admin");
  if (!member.ok) return { ok: false, error: member.error };
  const result = await deleteWebhookEndpoint({ context: member.context, endpointId });
  if (!result.ok) return { ok: false, error: result.error };
  done(member.context.organization.slug, "deleted");
}

export async function retryDeliveryAction(orgSlug: string, deliveryId: string, _state: MemberFormState): Promise<MemberFormState> {
  const member = await requireMembershipForAction(orgSlug, "admin");
  if (!member.ok) return { ok: false, error: member.error };
  const result = await retryWebhookDelivery({ context: member.context, deliveryId, now: new Date() });
  if (!result.ok) return { ok: false, error: result.error };
  done(member.context.organization.slug, "retried");
}

function done(orgSlug: string, key: WebhooksDoneKey): never {
  revalidatePath(pathOf(orgSlug));
  redirect(`${pathOf(orgSlug)}?done=${key}`);
}
