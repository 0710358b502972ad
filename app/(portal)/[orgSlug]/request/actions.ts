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

async function submitForm(orgSlug: unknown, formData: unknown, channel: PublicChannel, sentPath: string): Promise<RequestFormState> {
  // The slug is bound by the page, but a crafted call can send anything in its place.
  if (typeof orgSlug !== "string") notFound();
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
