"use server";
// The request form's server action: works as a plain POST without JavaScript, too.
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { clientIpFrom } from "@/lib/http/client-ip";
import { textFields } from "@/lib/http/text-fields";
import { retryAfterMessage } from "@/lib/rate-limit/limit-intake";
import { fileRequest } from "@/lib/requests/file-request";
import { REQUEST_FIELDS } from "@/lib/requests/schemas";
import type { RequestFormState } from "@/components/requests/request-form-state";

export async function submitRequestAction(orgSlug: string, _previous: RequestFormState, formData: FormData): Promise<RequestFormState> {
  const values = textFields(formData, REQUEST_FIELDS);

  const result = await fileRequest({
    orgSlug,
    raw: values,
    channel: "WEB",
    ip: clientIpFrom(await headers()),
    now: new Date(),
  });
  switch (result.kind) {
    case "accepted":
      redirect(`/${orgSlug}/request/sent`);
    case "organization_not_found":
      notFound();
    case "invalid":
      return { fieldErrors: result.fieldErrors, values };
    case "rate_limited":
      return { fieldErrors: {}, formError: retryAfterMessage(result.retryAfterSeconds), values };
  }
}
