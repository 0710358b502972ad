// Runs a named staff action for an API key through the same lib function the dashboard's form calls: the
// same permission, tenant-scoped locked load, state machine, transaction, history, audit and emails.
import "server-only";
import type { ActionResult } from "@/lib/requests/action-result";
import { addNote } from "@/lib/requests/add-note";
import { assignRequest } from "@/lib/requests/assign-request";
import { completeRequest } from "@/lib/requests/complete-request";
import { denyRequest } from "@/lib/requests/deny-request";
import { extendRequest } from "@/lib/requests/extend-request";
import { forwardRequest } from "@/lib/requests/forward-request";
import { markDuplicate } from "@/lib/requests/mark-duplicate";
import { requestInformation } from "@/lib/requests/request-information";
import { resumeRequest } from "@/lib/requests/resume-request";
import type { StaffActionArgs } from "@/lib/requests/run-staff-action";
import { startRequest } from "@/lib/requests/start-request";
import { withdrawRequest } from "@/lib/requests/withdraw-request";
import type { ApiAction } from "./schemas";

// Each function parses `input` with its form's schema before anything else happens.
type Run = (args: StaffActionArgs<never>) => Promise<ActionResult>;

const RUN: Record<ApiAction, Run> = {
  start: startRequest,
  assign: assignRequest,
  note: addNote,
  requestInfo: requestInformation,
  resume: resumeRequest,
  extend: extendRequest,
  // Without files: an answer with files goes to POST …/files.
  complete: (args) => completeRequest({ ...args, input: { ...(args.input as object), files: [] } as never }),
  forward: forwardRequest,
  markDuplicate,
  deny: denyRequest,
  withdraw: withdrawRequest,
};

export function runApiAction(action: ApiAction, args: StaffActionArgs<Record<string, unknown>>): Promise<ActionResult> {
  return RUN[action](args as StaffActionArgs<never>);
}
