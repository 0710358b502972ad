// Assigns a request to a member who may work on requests (or to oneself: "Claim"), or unassigns it.
// A new request that gets someone to work on it is in progress from then on.
import "server-only";
import { can } from "@/lib/auth/roles";
import type { ActionResult } from "./action-result";
import { assignSchema, fieldErrorsFrom, type AssignInput } from "./action-schemas";
import { EVENT } from "./events";
import { appendRequestEvent, auditRequest, refuse, runStaffAction, staffName, startedMessage, type StaffActionArgs, eventActor } from "./run-staff-action";
import { assertTransition } from "./workflow";

export async function assignRequest({ context, requestId, input, now }: StaffActionArgs<AssignInput>): Promise<ActionResult<{ assignee: string | null }>> {
  return runStaffAction({
    context,
    requestId,
    now,
    action: "assign",
    run: async (tx, request) => {
      const parsed = assignSchema.safeParse(input);
      if (!parsed.success) refuse("invalid", "Choose who should work on this request.", fieldErrorsFrom(parsed.error));
      const assigneeId = parsed.data.assigneeId ?? null;

      const member = assigneeId
        ? await tx.membership.findFirst({
            where: { organizationId: context.organization.id, userId: assigneeId },
            select: { role: true, user: { select: { id: true, name: true, email: true } } },
          })
        : null;
      if (assigneeId && (!member || !can(member.role, "work"))) {
        refuse("invalid", "Choose a member of your organization who can work on requests.", {
          assigneeId: ["Choose a member of your organization who can work on requests."],
        });
      }
      if (assigneeId === request.assigneeId) {
        refuse("invalid", assigneeId ? "The request is already assigned to this person." : "The request is not assigned to anyone.");
      }
      const previous = request.assigneeId
        ? await tx.user.findUnique({ where: { id: request.assigneeId }, select: { email: true } })
        : null;

      const starts = assigneeId !== null && request.status === "NEW";
      if (starts) assertTransition(request.status, "IN_PROGRESS");
      const status = starts ? "IN_PROGRESS" : request.status;
      await tx.privacyRequest.update({ where: { id: request.id, organizationId: request.organizationId }, data: { assigneeId, status } });

      const actor = staffName(context);
      const assignee = member?.user ?? null;
      const message = !assignee
        ? `Unassigned by ${actor}.`
        : assignee.id === context.user.id
          ? `Claimed by ${actor}.`
          : `Assigned to ${assignee.name || assignee.email} by ${actor}.`;
      await appendRequestEvent(tx, request, {
        kind: EVENT.ASSIGNED,
        actor: "STAFF",
        ...eventActor(context),
        visibleToSubject: false,
        message,
        data: { assigneeId },
        at: now,
      });
      if (starts) {
        await appendRequestEvent(tx, request, {
          kind: EVENT.STARTED,
          actor: "STAFF",
          ...eventActor(context),
          visibleToSubject: true,
          message: startedMessage(request.organization.name),
          at: new Date(now.getTime() + 1), // after the assignment, in the history's order
        });
      }
      await auditRequest(tx, context.actor, request, {
        action: assignee?.id === context.user.id ? "request.claim" : "request.assign",
        before: { assignee: previous?.email ?? null, status: request.status },
        after: { assignee: assignee?.email ?? null, status },
      });
      return { assignee: assignee?.email ?? null };
    },
  });
}
