// The events of a status change, in the change's transaction: request.status_changed, and request.closed
// when the request left the open statuses. Called by the staff-action frame, by verification and by the
// subject's answer — every place a status changes.
import type { Tx } from "@/lib/db/client";
import type { RequestStatus } from "@/lib/db/generated/client";
import { CLOSED_STATUSES } from "@/lib/requests/workflow";
import { WEBHOOK_REQUEST_SELECT } from "./events";
import { enqueueWebhookEvent } from "./enqueue-webhook-event";

/** Reads the request as it is now in `tx`; does nothing when its status is still `previousStatus`. */
export async function enqueueStatusEvents(
  tx: Tx,
  args: { organizationId: string; requestId: string; previousStatus: RequestStatus; occurredAt: Date },
): Promise<void> {
  const request = await tx.privacyRequest.findFirstOrThrow({
    where: { id: args.requestId, organizationId: args.organizationId },
    select: WEBHOOK_REQUEST_SELECT,
  });
  if (request.status === args.previousStatus) return;
  const common = { organizationId: args.organizationId, request, occurredAt: args.occurredAt, previousStatus: args.previousStatus };
  await enqueueWebhookEvent(tx, { ...common, type: "request.status_changed" });
  if (CLOSED_STATUSES.includes(request.status) && !CLOSED_STATUSES.includes(args.previousStatus)) {
    await enqueueWebhookEvent(tx, { ...common, type: "request.closed" });
  }
}
