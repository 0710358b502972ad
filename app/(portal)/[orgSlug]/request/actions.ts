"use server";
// The request form's server actions, on the portal and embedded in the organization's own website: the same
// intake, only the page shown afterwards differs. Both work as plain POSTs without JavaScript, too.
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { clientIpFrom } from "@/lib/http/client-ip";
import { textFields } from "@/lib/http/text-fields";
import { retryAfterMessage } from "@/lib/rate-limit/limit-intake";
import type { PublicChannel } from "@/lib/requests/events";
import { fileRequest } from "@/lib/requests/file-request";
import { REQUEST_FIELDS } from "@/lib/requests/schemas";
import type { RequestFormState } from "@/components/requests/request-form-state";

async function submitForm(orgSlug: string, formData: FormData, channel: PublicChannel, sentPath: string): Promise<RequestFormState> {
  const values = textFields(formData, REQUEST_FIELDS);

  const result = await fileRequest({
    orgSlug,
    raw: values,
    channel,
    ip: clientIpFrom(await headers()),
    now: new Date(),
  });
  switch (result.kind) {
    case "accepted":
      redirect(sentPath);
    case "organization_not_found":
      notFound();
    case "invalid":
      return { fieldErrors: result.fieldErrors, values };
    case "rate_limited":
      return { fieldErrors: {}, formError: retryAfterMessage(result.retryAfterSeconds), values };
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
