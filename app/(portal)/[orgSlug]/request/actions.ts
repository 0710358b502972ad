"use server";
// The request form's server actions, on the portal and embedded in the organization's own website: the same
// intake, only the page shown afterwards differs. Both work as plain POSTs without JavaScript, too. Errors
// come back in the page's language; the request remembers the language the form was in, for every email about it.
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { clientIpFrom } from "@/lib/http/client-ip";
import { textFields } from "@/lib/http/text-fields";
import { getPageLanguage } from "@/lib/i18n/get-page-locale";
import type { PublicChannel } from "@/lib/requests/events";
import { fileRequest } from "@/lib/requests/file-request";
import { REQUEST_FIELDS } from "@/lib/requests/schemas";
import type { RequestFormState } from "@/components/requests/request-form-state";

async function submitForm(orgSlug: unknown, formData: unknown, channel: PublicChannel, sentPath: string): Promise<RequestFormState> {
  // The slug is bound by the page, but a crafted call can send anything in its place.
  if (typeof orgSlug !== "string") notFound();
  const values = textFields(formData, REQUEST_FIELDS);
  const { locale } = await getPageLanguage();
  const validation = await getTranslations("validation");

  const result = await fileRequest({
    orgSlug,
    // The form says which language it was shown in; the schema accepts only the six. A form without one
    // (an old page) files in the language this answer is in.
    raw: { ...values, locale: values.locale || locale },
    channel,
    ip: clientIpFrom(await headers()),
    now: new Date(),
    translate: (key, args) => validation(key, args),
  });
  switch (result.kind) {
    case "accepted":
      // The page after says which law applies and the period it gives: from what was sent, not from a lookup,
      // so it reads the same whether or not the address was known.
      redirect(`${sentPath}?${new URLSearchParams({ jurisdiction: values.jurisdiction ?? "", type: values.type ?? "" })}`);
    case "organization_not_found":
      notFound();
    case "invalid":
      return { fieldErrors: result.fieldErrors, values };
    case "rate_limited": {
      const t = await getTranslations("requestForm");
      return { fieldErrors: {}, formError: t("rateLimited", { minutes: Math.ceil(result.retryAfterSeconds / 60) }), values };
    }
    // Only the JSON API sends an Idempotency-Key; the form never gets these answers.
    case "replayed":
    case "idempotency_key_reused":
      throw new Error(`Unexpected intake answer for a form: ${result.kind}`);
  }
}

export async function submitRequestAction(orgSlug: string, _previous: RequestFormState, formData: FormData): Promise<RequestFormState> {
  return submitForm(orgSlug, formData, "WEB", `/${orgSlug}/request/sent`);
}

/** From the form inside the organization's website (app/(embed)): the confirmation stays in the frame. */
export async function submitEmbeddedRequestAction(
  orgSlug: string,
  _previous: RequestFormState,
  formData: FormData,
): Promise<RequestFormState> {
  return submitForm(orgSlug, formData, "EMBED", `/embed/${orgSlug}/sent`);
}
