// The one intake path for a new request, shared by the portal form and the JSON API: find the
// organization, parse with its schema, apply the rate limit, then file it.
import "server-only";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";
import { limitIntake } from "@/lib/rate-limit/limit-intake";
import type { PublicChannel } from "./events";
import { fieldErrorsOf, requestSchemaFor, type RequestFieldErrors, type TranslateRequestMessage } from "./schemas";
import { submitRequest } from "./submit-request";

export type FileRequestResult =
  | { kind: "accepted" }
  | { kind: "organization_not_found" }
  | { kind: "invalid"; fieldErrors: RequestFieldErrors }
  | { kind: "rate_limited"; retryAfterSeconds: number };

export async function fileRequest(args: {
  orgSlug: string;
  raw: unknown;
  channel: PublicChannel;
  ip: string;
  now: Date;
  /** The subject's error messages in the page's language; English (the API's) without it. */
  translate?: TranslateRequestMessage;
}): Promise<FileRequestResult> {
  const org = await getPortalOrganization(args.orgSlug);
  if (!org) return { kind: "organization_not_found" };

  const parsed = requestSchemaFor(org, "subject", args.translate).safeParse(args.raw);
  if (!parsed.success) return { kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };

  const limit = await limitIntake({ ip: args.ip, organizationId: org.id, now: args.now });
  if (!limit.allowed) return { kind: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };

  await submitRequest({ organizationId: org.id, input: parsed.data, channel: args.channel, now: args.now });
  return { kind: "accepted" };
}
