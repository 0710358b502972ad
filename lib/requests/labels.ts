// The one place that names request types, queues, statuses and regimes for people.
import type { Channel, Queue, Regime, RequestOutcome, RequestStatus, RequestType } from "@/lib/db/generated/enums";
import { ALL_REGIMES, REGIMES } from "@/lib/deadlines/regimes";
import type { PauseReason, UkRegion } from "@/lib/deadlines";
import type { StaffAction } from "./workflow";

export const REQUEST_TYPES = [
  "ACCESS",
  "CORRECTION",
  "DELETION",
  "EXPORT",
  "RESTRICTION",
  "OBJECTION",
  "OPT_OUT_SALE",
] as const satisfies readonly RequestType[];

/** Types every organization offers; the others only where its settings include them. */
export const CORE_REQUEST_TYPES: readonly RequestType[] = ["ACCESS", "CORRECTION", "DELETION", "EXPORT"];

export const requestTypeLabel: Record<RequestType, string> = {
  ACCESS: "Access my data",
  CORRECTION: "Correct my data",
  DELETION: "Delete my data",
  EXPORT: "Export my data (portability)",
  RESTRICTION: "Restrict how my data is used",
  OBJECTION: "Object to how my data is used",
  OPT_OUT_SALE: "Opt out of the sale or sharing of my data",
};

export const requestTypeDescription: Record<RequestType, string> = {
  ACCESS: "Get a copy of the personal data held about you and how it is used.",
  CORRECTION: "Fix personal data that is wrong or incomplete.",
  DELETION: "Have your personal data erased.",
  EXPORT: "Receive your data in a machine-readable file you can take elsewhere.",
  RESTRICTION: "Limit the use of your data, for example while its accuracy is checked.",
  OBJECTION: "Stop a use of your data, such as direct marketing or profiling.",
  OPT_OUT_SALE: "Stop your personal data from being sold or shared for advertising.",
};

export const queueLabel: Record<Queue, string> = {
  CONTROLLER: "Controller queue",
  PROCESSOR: "Processor queue",
};

export const statusLabel: Record<RequestStatus, string> = {
  PENDING_VERIFICATION: "Waiting for email confirmation",
  NEW: "Verified / new",
  IN_PROGRESS: "In progress",
  AWAITING_SUBJECT: "Waiting for your reply",
  COMPLETED: "Completed",
  DENIED: "Denied",
  WITHDRAWN: "Withdrawn",
};

/** Each regime's name, from its module (lib/deadlines/regimes). */
export const regimeLabel: Record<Regime, string> = Object.fromEntries(ALL_REGIMES.map((r) => [r, REGIMES[r].name])) as Record<Regime, string>;

/** What staff ask the subject for, as staff read it (the status page words it for the subject). */
export const pauseReasonLabel: Record<PauseReason, string> = {
  IDENTITY: "Proof of identity",
  FEE: "A fee",
  CLARIFICATION: "Clarification of what they are asking for",
  LARGE_VOLUME_CLARIFICATION: "Clarification of a large amount of information (which of it they want)",
  OTHER: "Something else",
};

/** Whose bank holidays a UK organization keeps. */
export const ukRegionLabel: Record<UkRegion, string> = {
  ENGLAND_WALES: "England and Wales",
  SCOTLAND: "Scotland",
  NORTHERN_IRELAND: "Northern Ireland",
};

/** Statuses as staff read them (the subject-facing labels speak to the subject). */
export const staffStatusLabel: Record<RequestStatus, string> = {
  PENDING_VERIFICATION: "Waiting for email confirmation",
  NEW: "New",
  IN_PROGRESS: "In progress",
  AWAITING_SUBJECT: "Awaiting subject",
  COMPLETED: "Completed",
  DENIED: "Denied",
  WITHDRAWN: "Withdrawn",
};

export const outcomeLabel: Record<RequestOutcome, string> = {
  FULFILLED: "Fulfilled",
  PARTIALLY_FULFILLED: "Partially fulfilled",
  NO_DATA_FOUND: "No data found",
  FORWARDED: "Forwarded to the controller",
  DUPLICATE: "Duplicate",
};

export const channelLabel: Record<Channel, string> = {
  WEB: "Web form",
  API: "API",
  EMBED: "Form on the organization's website",
  EMAIL: "Email",
  PHONE: "Phone",
};

/** Staff actions, as buttons and audit entries name them. */
export const staffActionLabel: Record<StaffAction, string> = {
  assign: "Assign",
  note: "Add an internal note",
  extend: "Extend the deadline",
  reply: "Reply to the subject",
  start: "Start work",
  requestInfo: "Ask the subject for more information",
  resume: "Resume work",
  complete: "Complete",
  forward: "Forward to the controller",
  markDuplicate: "Mark as duplicate",
  deny: "Deny",
  withdraw: "Record a withdrawal",
};
