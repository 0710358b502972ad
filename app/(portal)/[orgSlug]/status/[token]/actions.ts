"use server";
// The subject's answer to a question, from their status page. The status link's token (from the
// page's address) is the only authority. Refusals come back in the page's language.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ActionFormState } from "@/components/requests/action-form-state";
import { clientIpFrom } from "@/lib/http/client-ip";
import { hasControlCharacters } from "@/lib/http/plain-text";
import { answerFromSubject, ANSWER_MAX_LENGTH } from "@/lib/requests/answer-from-subject";
import { postedForm } from "@/lib/http/posted-form";

export async function answerAction(orgSlug: string, token: string, _state: ActionFormState, formData: FormData): Promise<ActionFormState> {
  // Both are bound by the page, but a crafted call can send anything in their place.
  if (typeof orgSlug !== "string" || typeof token !== "string") notFound();
  const answer = postedForm(formData).get("answer");
  const values = { answer: typeof answer === "string" ? answer : "" };
  const result = await answerFromSubject({ orgSlug, token, input: values, ip: clientIpFrom(await headers()), now: new Date() });
  if (!result.ok) {
    const t = await getTranslations("statusPage");
    if (result.code === "invalid") {
      const message =
        values.answer.trim() === ""
          ? t("answerRequired")
          : hasControlCharacters(values.answer)
            ? (await getTranslations("validation"))("controlCharacters")
            : t("answerTooLong", { max: ANSWER_MAX_LENGTH });
      return { ok: false, error: message, fieldErrors: { answer: [message] }, values };
    }
    return { ok: false, error: result.code === "not_allowed" ? t("answerNotWaiting") : t("unknownLink"), values };
  }
  revalidatePath(`/${orgSlug}/status/${token}`);
  redirect(`/${orgSlug}/status/${token}?answered=1`);
}
