"use server";
// The request form's server action: works as a plain POST without JavaScript, too.
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { clientIpFrom } from "@/lib/http/client-ip";
import { retryAfterMessage } from "@/lib/rate-limit/limit-intake";
import { fileRequest } from "@/lib/requests/file-request";
import { REQUEST_FIELDS } from "@/lib/requests/schemas";
import type { RequestFormState } from "@/components/requests/request-form-state";

export async function submitRequestAction(orgSlug: string, _previous: RequestFormState, formData: FormData): Promise<RequestFormState> {
  // Only the form's own text fields; anything else posted is ignored.
  const values: Record<string, string> = {};
  for (const field of REQUEST_FIELDS) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value;
  }

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
