"use server";
// The subject's answer to a question, from their status page, and their request for a new link from the page of
// an expired one. The status link's token (from the page's address) is the only authority. Refusals come back
// in the page's language.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { after } from "next/server";
import { getTranslations } from "next-intl/server";
import type { ActionFormState } from "@/components/requests/action-form-state";
import { clientIpFrom } from "@/lib/http/client-ip";
import { hasControlCharacters } from "@/lib/http/plain-text";
import { answerFromSubject, ANSWER_MAX_LENGTH } from "@/lib/requests/answer-from-subject";
import { postedForm } from "@/lib/http/posted-form";
import { errorFields, log } from "@/lib/log/log";
import { currentRequestId } from "@/lib/log/current-request-id";
import { requestFreshStatusLink } from "@/lib/requests/request-fresh-status-link";

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

export async function freshLinkAction(orgSlug: string, token: string, _state: ActionFormState, formData: FormData): Promise<ActionFormState> {
  if (typeof orgSlug !== "string" || typeof token !== "string") notFound();
  const email = postedForm(formData).get("email");
  const values = { email: typeof email === "string" ? email : "" };
  const validation = await getTranslations("validation");
  const t = await getTranslations("statusPage");
  const result = await requestFreshStatusLink({
    orgSlug,
    token,
    raw: values,
    ip: clientIpFrom(await headers()),
    now: new Date(),
    translate: (key, args) => validation(key, args),
  });
  if (result.kind === "invalid") return { ok: false, error: result.fieldErrors.email?.[0] ?? t("freshLinkEmail"), fieldErrors: result.fieldErrors, values };
  if (result.kind === "rate_limited") return { ok: false, error: t("freshLinkTooMany", { minutes: Math.ceil(result.retryAfterSeconds / 60) }), values };
  // Looked up and emailed after the answer has gone, so its timing cannot tell whether anything matched.
  const requestId = await currentRequestId();
  after(() =>
    result.send().catch((error: unknown) => log.error("Sending a fresh status link failed", { requestId, ...errorFields(error) })),
  );
  return { ok: true, message: t("freshLinkSent") };
}
