"use server";
// The request form's server action: works as a plain POST without JavaScript, too. Errors come back in
// the page's language; the request remembers the language the form was in, for every email about it.
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { clientIpFrom } from "@/lib/http/client-ip";
import { textFields } from "@/lib/http/text-fields";
import { getPageLanguage } from "@/lib/i18n/get-page-locale";
import { fileRequest } from "@/lib/requests/file-request";
import { REQUEST_FIELDS } from "@/lib/requests/schemas";
import type { RequestFormState } from "@/components/requests/request-form-state";

export async function submitRequestAction(orgSlug: string, _previous: RequestFormState, formData: FormData): Promise<RequestFormState> {
  const values = textFields(formData, REQUEST_FIELDS);
  const { locale } = await getPageLanguage();
  const validation = await getTranslations("validation");

  const result = await fileRequest({
    orgSlug,
    // The form says which language it was shown in; the schema accepts only the six. A form without one
    // (an old page) files in the language this answer is in.
    raw: { ...values, locale: values.locale || locale },
    channel: "WEB",
    ip: clientIpFrom(await headers()),
    now: new Date(),
    translate: (key, args) => validation(key, args),
  });
  switch (result.kind) {
    case "accepted":
      redirect(`/${orgSlug}/request/sent`);
    case "organization_not_found":
      notFound();
    case "invalid":
      return { fieldErrors: result.fieldErrors, values };
    case "rate_limited": {
      const t = await getTranslations("requestForm");
      return { fieldErrors: {}, formError: t("rateLimited", { minutes: Math.ceil(result.retryAfterSeconds / 60) }), values };
    }
  }
}
