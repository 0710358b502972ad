// Whether staff can extend a request's deadline, and how (by months or by days, up to what), or the one
// sentence that says why not. The request page shows the form or the sentence; runStaffAction refuses with it.
import type { Organization, PrivacyRequest } from "@/lib/db/generated/client";
import { DeadlineError, extensionLimit, type ExtensionLimit } from "@/lib/deadlines";
import { formatDate } from "@/lib/format/format-date";
import { deadlineInputFor, type DeadlinePolicy } from "./request-deadline";

export type AvailableExtension = Exclude<ExtensionLimit, { unit: null }>;

export type ExtensionOffer = { isAvailable: true; limit: AvailableExtension } | { isAvailable: false; reason: string };

type OfferRequest = DeadlinePolicy &
  Pick<PrivacyRequest, "receivedAt" | "verifiedAt" | "extendedAt" | "extensionDays" | "extensionMonths">;

type OfferOrg = Pick<Organization, "timeZone" | "extensionMaxDays">;

/** The extension the request's regime and its organization allow, whether or not one was already given. */
export function requestExtensionLimit(request: OfferRequest, org: OfferOrg): ExtensionLimit {
  try {
    return extensionLimit(deadlineInputFor(request, { timeZone: org.timeZone, extensionMaxDays: org.extensionMaxDays, pauses: [] }));
  } catch (error) {
    // A policy the engine cannot read (say, a longest extension over 365 days) offers no extension and says why.
    if (error instanceof DeadlineError) return { unit: null, reason: error.message };
    throw error;
  }
}

export function extensionOffer(request: OfferRequest, org: OfferOrg): ExtensionOffer {
  if (request.extendedAt) {
    return { isAvailable: false, reason: `A request can be extended once; it was extended on ${formatDate(request.extendedAt, org.timeZone)}.` };
  }
  const limit = requestExtensionLimit(request, org);
  if (limit.unit === null) return { isAvailable: false, reason: `${limit.reason}.` };
  return { isAvailable: true, limit };
}

/** "2 months", "1 month", "10 working days", "1 calendar day". */
export function extensionAmountText(amount: number, limit: AvailableExtension): string {
  if (limit.unit === "months") return `${amount} month${amount === 1 ? "" : "s"}`;
  return amount === 1 ? `1 ${limit.unitWord.replace(/s$/, "")}` : `${amount} ${limit.unitWord}`;
}
