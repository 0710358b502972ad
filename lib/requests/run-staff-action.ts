// The frame of every staff action on one request: the role may work, the request belongs to the
// staff member's organization (another organization's id is "not found"), the state machine allows
// the action, and the change, its history entry, its audit record, its emails and its webhook events commit
// together (a status change here is a request.status_changed, and request.closed when it closes the request).
import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit";
import { recordAudit, REQUEST_TARGET_TYPE } from "@/lib/audit/record-audit";
import type { MembershipContext } from "@/lib/auth/require-membership";
import { PermissionError } from "@/lib/auth/require-membership";
import { can } from "@/lib/auth/roles";
import { getDb, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { EventActor, Organization, PrivacyRequest } from "@/lib/db/generated/client";
import { enqueueStatusEvents } from "@/lib/webhooks/enqueue-status-events";
import { kickOutbox } from "@/lib/worker/background-worker";
import { NOT_FOUND_MESSAGE, type ActionFailure, type ActionFailureCode, type ActionResult, type FieldErrors } from "./action-result";
import type { EventKind } from "./events";
import { extensionOffer } from "./extension-offer";
import { staffActionLabel, staffStatusLabel } from "./labels";
import { allowedActions, assertTransition, isOpen, STAFF_ACTIONS, TransitionError, type StaffAction } from "./workflow";

/** An organization API key acting as staff through the REST API (lib/api/authenticate-api-key.ts). */
export type ApiKeyIdentity = { id: string; name: string; prefix: string };

/**
 * Who does a staff action: a member, as requireMembership(orgSlug, "work") hands them over, or an
 * organization API key — which is nobody's account, so its `user.id` is null and `apiKey` says which key.
 */
export type StaffContext = Pick<MembershipContext, "organization" | "role" | "actor"> & {
  user: { id: string | null; email: string; name: string };
  apiKey?: ApiKeyIdentity;
};

export type LoadedRequest = PrivacyRequest & { organization: Organization };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

class Refusal extends Error {
  constructor(readonly failure: ActionFailure) {
    super(failure.error);
  }
}

/** Stops the action, rolls its transaction back, and answers with this failure. */
export function refuse(code: ActionFailureCode, error: string, fieldErrors?: FieldErrors): never {
  throw new Refusal({ ok: false, code, error, ...(fieldErrors ? { fieldErrors } : {}) });
}

/** A TransitionError in the words staff read. */
export function transitionMessage(error: TransitionError): string {
  return `A request that is "${staffStatusLabel[error.from]}" cannot become "${staffStatusLabel[error.to]}".`;
}

function checkAllowed(request: LoadedRequest, action: StaffAction): void {
  const to = STAFF_ACTIONS[action].to;
  if (to && to === request.status) refuse("not_allowed", `The request is already "${staffStatusLabel[to]}".`);
  if (to) assertTransition(request.status, to);
  const extension = action === "extend" ? extensionOffer(request, request.organization) : null;
  if (allowedActions(request.status, request.queue, { canExtend: extension?.isAvailable ?? false }).includes(action)) return;
  if (action === "forward") refuse("not_allowed", "Only requests in the processor queue can be forwarded to a customer.");
  if (extension && !extension.isAvailable && isOpen(request.status)) refuse("not_allowed", extension.reason);
  refuse(
    "not_allowed",
    `"${staffActionLabel[action]}" is not possible while the request is "${staffStatusLabel[request.status]}".`,
  );
}

/** Runs `run` on the request, locked, inside one transaction; failures come back as values. */
export async function runStaffAction<T extends object>(args: {
  context: StaffContext;
  requestId: string;
  action: StaffAction;
  /** When the action happens: its webhook events carry it. */
  now: Date;
  run: (tx: Tx, request: LoadedRequest) => Promise<T>;
  /** Longer for actions that store files. */
  timeoutMs?: number;
}): Promise<ActionResult<T>> {
  const { context, requestId } = args;
  if (!can(context.role, "work")) {
    return { ok: false, code: "forbidden", error: new PermissionError(context.role, "work").message };
  }
  if (!isUuid(requestId)) return { ok: false, code: "not_found", error: NOT_FOUND_MESSAGE };
  const organizationId = context.organization.id;
  const db = await getDb();
  try {
    const result = await db.$transaction(
      async (tx) => {
        // One action at a time per request: a second one waits here and then sees the new status.
        const locked = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "PrivacyRequest" WHERE id = ${requestId}::uuid AND "organizationId" = ${organizationId}::uuid FOR UPDATE`;
        if (locked.length === 0) refuse("not_found", NOT_FOUND_MESSAGE);
        const request = await tx.privacyRequest.findFirstOrThrow({
          where: { id: requestId, organizationId },
          include: { organization: true },
        });
        checkAllowed(request, args.action);
        const result = await args.run(tx, request);
        await enqueueStatusEvents(tx, { organizationId, requestId, previousStatus: request.status, occurredAt: args.now });
        return result;
      },
      { timeout: args.timeoutMs ?? 15_000, maxWait: 15_000 },
    );
    kickOutbox();
    return { ok: true, ...result };
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    if (error instanceof TransitionError) return { ok: false, code: "not_allowed", error: transitionMessage(error) };
    throw error;
  }
}

/** Appends one entry to the request's history. */
export async function appendRequestEvent(
  tx: Tx,
  request: Pick<PrivacyRequest, "id" | "organizationId">,
  event: {
    kind: EventKind;
    actor: EventActor;
    actorUserId?: string | null;
    actorApiKeyId?: string | null;
    visibleToSubject: boolean;
    message: string;
    data?: Prisma.InputJsonValue;
    at: Date;
  },
): Promise<void> {
  await tx.requestEvent.create({
    data: {
      organizationId: request.organizationId,
      requestId: request.id,
      kind: event.kind,
      actor: event.actor,
      actorUserId: event.actorUserId ?? null,
      actorApiKeyId: event.actorApiKeyId ?? null,
      visibleToSubject: event.visibleToSubject,
      message: event.message,
      data: event.data,
      createdAt: event.at,
    },
  });
}

/** The audit record of an action on a request: who, from where, before → after, why. */
export async function auditRequest(
  tx: Tx,
  actor: AuditActor,
  request: Pick<PrivacyRequest, "id" | "organizationId">,
  entry: { action: string; before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue; reason?: string | null },
): Promise<void> {
  await recordAudit(tx, {
    organizationId: request.organizationId,
    actor,
    action: entry.action,
    targetType: REQUEST_TARGET_TYPE,
    targetId: request.id,
    before: entry.before,
    after: entry.after,
    reason: entry.reason ?? null,
  });
}

/** The arguments of every staff action: who (from requireMembership(orgSlug, "work")), which request, what, when. */
export type StaffActionArgs<I> = { context: StaffContext; requestId: string; input: I; now: Date };

/** Who made a history entry: the member, or the API key they work through. */
export function eventActor(context: StaffContext): { actorUserId: string | null; actorApiKeyId: string | null } {
  return { actorUserId: context.user.id, actorApiKeyId: context.apiKey?.id ?? null };
}

/** The staff member's name as history entries show it. */
export function staffName(context: StaffContext): string {
  return context.user.name || context.user.email;
}

export function startedMessage(orgName: string): string {
  return `${orgName}'s privacy team started working on your request.`;
}
