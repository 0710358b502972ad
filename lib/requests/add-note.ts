// An internal note on a request: staff see it in the history, the subject never does.
import "server-only";
import type { ActionResult } from "./action-result";
import { fieldErrorsFrom, noteSchema, type NoteInput } from "./action-schemas";
import { EVENT } from "./events";
import { appendRequestEvent, auditRequest, refuse, runStaffAction, type StaffActionArgs, eventActor } from "./run-staff-action";

export async function addNote({ context, requestId, input, now }: StaffActionArgs<NoteInput>): Promise<ActionResult> {
  return runStaffAction({
    context,
    requestId,
    now,
    action: "note",
    run: async (tx, request) => {
      const parsed = noteSchema.safeParse(input);
      if (!parsed.success) refuse("invalid", "Write the note.", fieldErrorsFrom(parsed.error));
      await appendRequestEvent(tx, request, {
        kind: EVENT.NOTE,
        actor: "STAFF",
        ...eventActor(context),
        visibleToSubject: false,
        message: parsed.data.note,
        at: now,
      });
      await auditRequest(tx, context.actor, request, { action: "request.note", after: { note: parsed.data.note } });
      return {};
    },
  });
}
