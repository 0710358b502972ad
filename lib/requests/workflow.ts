// The request's life: its statuses, the transitions between them, and which staff actions each
// status allows. The server refuses anything not in these tables.
import type { Queue, RequestStatus } from "@/lib/db/generated/enums";
import { statusLabel } from "./labels";

/** Every allowed status change. Verification (PENDING_VERIFICATION → NEW) is the subject's, never staff's. */
export const TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  PENDING_VERIFICATION: ["NEW"],
  NEW: ["IN_PROGRESS", "AWAITING_SUBJECT", "COMPLETED", "DENIED", "WITHDRAWN"],
  IN_PROGRESS: ["AWAITING_SUBJECT", "COMPLETED", "DENIED", "WITHDRAWN"],
  AWAITING_SUBJECT: ["IN_PROGRESS", "COMPLETED", "DENIED", "WITHDRAWN"],
  COMPLETED: [],
  DENIED: [],
  WITHDRAWN: [],
};

export const OPEN_STATUSES: readonly RequestStatus[] = ["NEW", "IN_PROGRESS", "AWAITING_SUBJECT"];
export const CLOSED_STATUSES: readonly RequestStatus[] = ["COMPLETED", "DENIED", "WITHDRAWN"];

export function isOpen(status: RequestStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export class TransitionError extends Error {
  constructor(
    readonly from: RequestStatus,
    readonly to: RequestStatus,
  ) {
    super(`A request that is "${statusLabel[from]}" cannot become "${statusLabel[to]}".`);
    this.name = "TransitionError";
  }
}

export function canTransition(from: RequestStatus, to: RequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws a TransitionError for a change the table does not allow. */
export function assertTransition(from: RequestStatus, to: RequestStatus): void {
  if (!canTransition(from, to)) throw new TransitionError(from, to);
}

/** Staff actions on one request. `to` is the status the action moves it to, if any. */
export const STAFF_ACTIONS = {
  assign: { to: null },
  note: { to: null },
  extend: { to: null },
  reply: { to: null },
  start: { to: "IN_PROGRESS" },
  requestInfo: { to: "AWAITING_SUBJECT" },
  resume: { to: "IN_PROGRESS" },
  complete: { to: "COMPLETED" },
  forward: { to: "COMPLETED" },
  markDuplicate: { to: "COMPLETED" },
  deny: { to: "DENIED" },
  withdraw: { to: "WITHDRAWN" },
} as const satisfies Record<string, { to: RequestStatus | null }>;

export type StaffAction = keyof typeof STAFF_ACTIONS;

/**
 * The actions a request in `status` offers; forwarding only in the processor queue, extending only when
 * `canExtend` (extensionOffer: the regime has an extension, the organization gives one, none granted yet).
 */
export function allowedActions(status: RequestStatus, queue: Queue, { canExtend }: { canExtend: boolean }): StaffAction[] {
  if (!isOpen(status)) return [];
  return (Object.keys(STAFF_ACTIONS) as StaffAction[]).filter((action) => {
    if (action === "forward" && queue !== "PROCESSOR") return false;
    if (action === "extend" && !canExtend) return false;
    if (action === "start" && status !== "NEW") return false;
    if (action === "resume" && status !== "AWAITING_SUBJECT") return false;
    const to = STAFF_ACTIONS[action].to;
    return to === null || canTransition(status, to);
  });
}
