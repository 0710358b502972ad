// Staff take a request that waits on the subject back into progress (e.g. the subject answered by
// phone). The pause ends, so the deadline clock runs again.
import "server-only";
import type { ActionResult } from "./action-result";
import { EVENT } from "./events";
import { appendRequestEvent, auditRequest, runStaffAction, type StaffActionArgs, eventActor } from "./run-staff-action";
import { endPause } from "./pauses";

export async function resumeRequest({ context, requestId, now }: StaffActionArgs<unknown>): Promise<ActionResult> {
  return runStaffAction({
    context,
    requestId,
    now,
    action: "resume",
    run: async (tx, request) => {
      await tx.privacyRequest.update({ where: { id: request.id, organizationId: request.organizationId }, data: { status: "IN_PROGRESS" } });
      await endPause(tx, request, now);
      await appendRequestEvent(tx, request, {
        kind: EVENT.RESUMED,
        actor: "STAFF",
        ...eventActor(context),
        visibleToSubject: true,
        message: `${request.organization.name}'s privacy team is working on your request again.`,
        at: now,
      });
      await auditRequest(tx, context.actor, request, {
        action: "request.resume",
        before: { status: request.status },
        after: { status: "IN_PROGRESS" },
      });
      return {};
    },
  });
}
