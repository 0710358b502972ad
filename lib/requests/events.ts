// The kinds of entries in a request's history, and what the subject reads for the ones they see.
import type { Channel } from "@/lib/db/generated/enums";
import { formatDate } from "@/lib/format/format-date";

export const EVENT = {
  SUBMITTED: "request.submitted",
  RECORDED: "request.recorded",
  VERIFIED: "request.verified",
  ASSIGNED: "request.assigned",
  STARTED: "request.started",
  NOTE: "request.note",
  REPLY: "request.reply",
  INFO_REQUESTED: "request.info_requested",
  SUBJECT_ANSWERED: "request.subject_answered",
  RESUMED: "request.resumed",
  EXTENDED: "request.extended",
  DEADLINE_RECOMPUTED: "request.deadline_recomputed",
  DUPLICATE: "request.duplicate",
  DENIED: "request.denied",
  COMPLETED: "request.completed",
  FORWARDED: "request.forwarded",
  WITHDRAWN: "request.withdrawn",
  IDENTIFIERS_REMOVED: "request.identifiers_removed",
} as const;

export type EventKind = (typeof EVENT)[keyof typeof EVENT];

/** The ways a data subject files a request themselves (staff record EMAIL and PHONE ones). */
export type PublicChannel = Extract<Channel, "WEB" | "API" | "EMBED">;

export function submittedMessage(channel: PublicChannel): string {
  return channel === "API"
    ? "Request received through the organization's systems. We emailed you a link to confirm it is you."
    : "Request received. We emailed you a link to confirm it is you.";
}

export function verifiedMessage(orgName: string, controllerName: string | null): string {
  if (!controllerName) return `Email address confirmed. Your request is now with the privacy team of ${orgName}.`;
  return (
    `Email address confirmed. ${orgName} handles this data on behalf of ${controllerName}, who decides what happens to it. ` +
    `${orgName}'s privacy team will check your request and pass it on to ${controllerName}, and tell you here when they do.`
  );
}

export function recordedMessage(orgName: string, channel: "EMAIL" | "PHONE"): string {
  const how = channel === "PHONE" ? "by phone" : "by email";
  return `${orgName}'s privacy team received your request ${how} and recorded it here, after checking it is you.`;
}

export function channelPhrase(channel: "EMAIL" | "PHONE"): string {
  return channel === "PHONE" ? "a phone call" : "an email";
}

export function forwardedMessage(args: { orgName: string; customerName: string; contactEmail: string; at: Date; timeZone: string }): string {
  const { orgName, customerName } = args;
  return (
    `${orgName} only processes this data on behalf of ${customerName}, who decides about it. ` +
    `We have passed your request to ${customerName} on ${formatDate(args.at, args.timeZone)}; they will answer you directly. ` +
    `You can also contact them at ${args.contactEmail}.`
  );
}
