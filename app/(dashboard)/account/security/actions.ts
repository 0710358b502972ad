"use server";
// Server actions of the security page. Each one works for the signed-in user only, whatever the
// browser sends.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { TwoFactorFormState } from "@/components/auth/form-states";
import type { AuditActor } from "@/lib/audit/record-audit";
import { disableTwoFactor, enableTwoFactor } from "@/lib/auth/change-two-factor";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { clientIpFrom } from "@/lib/http/client-ip";
import { postedForm } from "@/lib/http/posted-form";

async function signedInActor(): Promise<AuditActor & { userId: string }> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?callbackUrl=/account/security");
  return { userId: user.id, email: user.email, ip: clientIpFrom(await headers()) };
}

export async function enableTwoFactorAction(_previous: TwoFactorFormState, formData: FormData): Promise<TwoFactorFormState> {
  const actor = await signedInActor();
  const form = postedForm(formData);
  const result = await enableTwoFactor({ userId: actor.userId, actor, raw: { code: form.get("code") ?? "" }, now: new Date() });
  if (!result.ok) return { fieldErrors: result.fieldErrors, formError: result.formError };
  const search = new URLSearchParams({ enabled: "1", callbackUrl: safeCallbackUrl(form.get("callbackUrl")) });
  redirect(`/account/security?${search}`);
}

export async function disableTwoFactorAction(_previous: TwoFactorFormState, formData: FormData): Promise<TwoFactorFormState> {
  const actor = await signedInActor();
  const result = await disableTwoFactor({ userId: actor.userId, actor, raw: { code: postedForm(formData).get("code") ?? "" }, now: new Date() });
  if (!result.ok) return { fieldErrors: result.fieldErrors, formError: result.formError };
  redirect("/account/security?disabled=1");
}

/** Ends every session of the user, this one included; the browser then clears its cookie and goes to sign-in. */
export async function signOutEverywhereAction(): Promise<void> {
  const actor = await signedInActor();
  await signOutEverywhere({ userId: actor.userId, actor });
}
