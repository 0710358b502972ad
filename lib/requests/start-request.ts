// Starts work on a new request without assigning it.
import "server-only";
import type { ActionResult } from "./action-result";
import { EVENT } from "./events";
import { appendRequestEvent, auditRequest, runStaffAction, staffName, startedMessage, type StaffActionArgs, eventActor } from "./run-staff-action";

export async function startRequest({ context, requestId, now }: StaffActionArgs<unknown>): Promise<ActionResult> {
  return runStaffAction({
    context,
    requestId,
    now,
    action: "start",
    run: async (tx, request) => {
      await tx.privacyRequest.update({ where: { id: request.id, organizationId: request.organizationId }, data: { status: "IN_PROGRESS" } });
      await appendRequestEvent(tx, request, {
        kind: EVENT.STARTED,
        actor: "STAFF",
        ...eventActor(context),
        visibleToSubject: true,
        message: startedMessage(request.organization.name),
        data: { by: staffName(context) },
        at: now,
      });
      await auditRequest(tx, context.actor, request, {
        action: "request.start",
        before: { status: request.status },
        after: { status: "IN_PROGRESS" },
      });
      return {};
    },
  });
}
