"use server";
// The subject's answer to a question, from their status page. The status link's token (from the
// page's address) is the only authority.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { ActionFormState } from "@/components/requests/action-form-state";
import { clientIpFrom } from "@/lib/http/client-ip";
import { answerFromSubject } from "@/lib/requests/answer-from-subject";

export async function answerAction(orgSlug: string, token: string, _state: ActionFormState, formData: FormData): Promise<ActionFormState> {
  // Both are bound by the page, but a crafted call can send anything in their place.
  if (typeof orgSlug !== "string" || typeof token !== "string") notFound();
  const answer = formData instanceof FormData ? formData.get("answer") : null;
  const values = { answer: typeof answer === "string" ? answer : "" };
  const result = await answerFromSubject({ orgSlug, token, input: values, ip: clientIpFrom(await headers()), now: new Date() });
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors, values };
  revalidatePath(`/${orgSlug}/status/${token}`);
  redirect(`/${orgSlug}/status/${token}?answered=1`);
}
