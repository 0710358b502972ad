"use server";
// The request page's server actions: each collects its form's fields, calls the lib function (which
// checks membership, state machine and input), and answers with a message for the form.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import type { ActionFormState } from "@/components/requests/action-form-state";
import type { DoneKey } from "@/components/requests/done-messages";
import { requireMembership, requireMembershipForAction, type MembershipContext } from "@/lib/auth/require-membership";
import { textFields } from "@/lib/http/text-fields";
import type { Upload } from "@/lib/files/check-upload";
import type { ActionResult } from "@/lib/requests/action-result";
import { addNote } from "@/lib/requests/add-note";
import { assignRequest } from "@/lib/requests/assign-request";
import { completeRequest } from "@/lib/requests/complete-request";
import { denyRequest } from "@/lib/requests/deny-request";
import { extendRequest } from "@/lib/requests/extend-request";
import { forwardRequest } from "@/lib/requests/forward-request";
import { markDuplicate } from "@/lib/requests/mark-duplicate";
import { revealSubject } from "@/lib/requests/queue/reveal-subject";
import { replyToSubject } from "@/lib/requests/reply-to-subject";
import { requestInformation } from "@/lib/requests/request-information";
import { resumeRequest } from "@/lib/requests/resume-request";
import { startRequest } from "@/lib/requests/start-request";
import { withdrawRequest } from "@/lib/requests/withdraw-request";

// The form's text fields, as posted. Typed loosely on purpose: each lib function parses its input
// with the form's zod schema before anything else happens.
type PostedFields = any;

type Run = (args: { context: MembershipContext; requestId: string; input: PostedFields; formData: FormData; now: Date }) => Promise<ActionResult>;

async function perform(orgSlug: string, requestId: string, formData: FormData, fields: readonly string[], run: Run, done: DoneKey): Promise<ActionFormState> {
  const values = textFields(formData, fields);
  const member = await requireMembershipForAction(orgSlug, "work");
  if (!member.ok) return { ok: false, error: member.error, values };
  const { context } = member;
  const result = await run({ context, requestId, input: values, formData, now: new Date() });
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors, values };
  const path = `/dashboard/${context.organization.slug}/requests/${requestId}`;
  revalidatePath(path);
  // A fresh page: the form that was used may not exist in the new status, so the page says what happened.
  redirect(`${path}?done=${done}`);
}

export async function claimAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, [], ({ context, ...args }) => assignRequest({ context, ...args, input: { assigneeId: context.user.id } }), "claim");
}

export async function assignAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, ["assigneeId"], (args) => assignRequest(args), "assign");
}

export async function startAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, [], (args) => startRequest(args), "start");
}

export async function resumeAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, [], (args) => resumeRequest(args), "resume");
}

export async function noteAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, ["note"], (args) => addNote(args), "note");
}

export async function replyAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, ["message"], (args) => replyToSubject(args), "reply");
}

export async function requestInfoAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, ["reason", "question"], (args) => requestInformation(args), "requestInfo");
}

export async function extendAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, ["months", "days", "reason"], (args) => extendRequest(args), "extend");
}

export async function duplicateAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, ["reference", "note"], (args) => markDuplicate(args), "markDuplicate");
}

export async function denyAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, ["reason"], (args) => denyRequest(args), "deny");
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
    "complete",
  );
}

export async function forwardAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(
    orgSlug,
    requestId,
    formData,
    ["customerId", "customerName", "contactEmail", "note"],
    (args) => forwardRequest(args),
    "forward",
  );
}

export async function withdrawAction(orgSlug: string, requestId: string, _state: ActionFormState, formData: FormData) {
  return perform(orgSlug, requestId, formData, ["reason"], (args) => withdrawRequest(args), "withdraw");
}

/**
 * Reveals the subject's name and email on this page: a role without "reveal" is refused and nothing is
 * recorded; otherwise the first reveal of the day is recorded in the request's audit trail.
 */
export async function revealAction(orgSlug: string, requestId: string): Promise<void> {
  const { organization, actor, role } = await requireMembership(orgSlug);
  const result = await revealSubject({ organizationId: organization.id, requestId, role, actor, now: new Date(), reason: "Revealed on the request page" });
  // Another organization's id, or none at all: the same 404 as the page itself.
  if (!result.ok && result.reason === "not_found") notFound();
  const path = `/dashboard/${organization.slug}/requests/${requestId}`;
  revalidatePath(path);
  redirect(result.ok ? `${path}#subject-heading` : `${path}?refused=reveal`);
}
