"use server";
// The request page's server actions: each collects its form's fields, calls the lib function (which
// checks membership, state machine and input), and answers with a message for the form.
import { revalidatePath } from "next/cache";
import type { ActionFormState } from "@/components/requests/action-form-state";
import { PermissionError, requireMembership, type MembershipContext } from "@/lib/auth/require-membership";
import type { Upload } from "@/lib/files/check-upload";
import type { ActionResult } from "@/lib/requests/action-result";
import { addNote } from "@/lib/requests/add-note";
import { assignRequest } from "@/lib/requests/assign-request";
import { completeRequest } from "@/lib/requests/complete-request";
import { denyRequest } from "@/lib/requests/deny-request";
import { forwardRequest } from "@/lib/requests/forward-request";
import { markDuplicate } from "@/lib/requests/mark-duplicate";
import { replyToSubject } from "@/lib/requests/reply-to-subject";
import { requestInformation } from "@/lib/requests/request-information";
import { resumeRequest } from "@/lib/requests/resume-request";
import { startRequest } from "@/lib/requests/start-request";
import { withdrawRequest } from "@/lib/requests/withdraw-request";

// The form's text fields, as posted. Typed loosely on purpose: each lib function parses its input
// with the form's zod schema before anything else happens.
type PostedFields = any;

type Run = (args: { context: MembershipContext; requestId: string; input: PostedFields; formData: FormData; now: Date }) => Promise<ActionResult>;

/** Only the named text fields of the form; anything else posted is ignored. */
function textFields(formData: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

async function perform(orgSlug: string, requestId: string, formData: FormData, fields: readonly string[], run: Run, success: string): Promise<ActionFormState> {
  const values = textFields(formData, fields);
  let context: MembershipContext;
  try {
    context = await requireMembership(orgSlug, "work");
  } catch (error) {
    if (error instanceof PermissionError) return { ok: false, error: error.message, values };
    throw error;
  }
  const result = await run({ context, requestId, input: values, formData, now: new Date() });
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors, values };
  revalidatePath(`/dashboard/${orgSlug}/requests/${requestId}`);
  return { ok: true, message: success };
}

export async function claimAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, [], ({ context, ...args }) => assignRequest({ context, ...args, input: { assigneeId: context.user.id } }), "You have claimed this request.");
}

export async function assignAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, ["assigneeId"], (args) => assignRequest(args), "Assignment saved.");
}

export async function startAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, [], (args) => startRequest(args), "The request is in progress.");
}

export async function resumeAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, [], (args) => resumeRequest(args), "The request is in progress again.");
}

export async function noteAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, ["note"], (args) => addNote(args), "Note added.");
}

export async function replyAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, ["message"], (args) => replyToSubject(args), "Reply sent to the subject.");
}

export async function requestInfoAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, ["question"], (args) => requestInformation(args), "Question sent. The request now waits on the subject.");
}

export async function duplicateAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, ["reference", "note"], (args) => markDuplicate(args), "Closed as a duplicate.");
}

export async function denyAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, ["reason"], (args) => denyRequest(args), "The request is denied and the subject is told why.");
}

export async function completeAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(
    orgSlug,
    requestId,
    formData,
    ["outcome", "message"],
    async ({ input, formData: data, ...args }) => {
      // Browsers send an empty, nameless file when none was chosen.
      const chosen = data.getAll("files").filter((f): f is File => typeof f !== "string" && (f.size > 0 || f.name !== ""));
      const files: Upload[] = await Promise.all(chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      return completeRequest({ ...args, input: { ...input, files } });
    },
    "The request is completed and the subject is told.",
  );
}

export async function forwardAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(
    orgSlug,
    requestId,
    formData,
    ["customerId", "customerName", "contactEmail", "note"],
    (args) => forwardRequest(args),
    "Forwarded to the customer, and the subject is told.",
  );
}

export async function withdrawAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, ["reason"], (args) => withdrawRequest(args), "The withdrawal is recorded.");
}
