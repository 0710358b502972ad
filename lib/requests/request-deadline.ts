// A request's deadline: which rule governs it (fixed when it is accepted) and its due date now, from the
// rule, its pauses and its extension. Everything here calls lib/deadlines' computeDeadline, nothing else
// computes a due date.
import type { Tx } from "@/lib/db/client";
import type { Organization, PrivacyRequest, RequestPause, RequestType } from "@/lib/db/generated/client";
import type { ClockStart, Regime } from "@/lib/db/generated/enums";
import { computeDeadline, regimeForRequestType, regimeOfJurisdiction, type Deadline, type DeadlineInput, type PauseReason } from "@/lib/deadlines";
import { scheduleStaffReminder } from "@/lib/reminders/schedule-reminders";

/** The law a subject's jurisdiction brings, from the regime modules' jurisdictions. */
export { regimeOfJurisdiction };

export type DeadlinePolicy = Pick<PrivacyRequest, "regime" | "clockStart" | "customDays" | "customBusinessDays" | "holidayRegion">;

type PolicyOrg = Pick<Organization, "regime" | "regimes" | "clockStart" | "responseDays" | "responseBusinessDays" | "holidayRegion">;

/** The law a request from `jurisdiction` is held to: see deadlinePolicyFor. */
export function regimeFor(org: Pick<Organization, "regime" | "regimes">, request: { jurisdiction: string; type: RequestType }): Regime {
  const law = regimeOfJurisdiction(request.jurisdiction);
  return regimeForRequestType(law && org.regimes.includes(law) ? law : org.regime, request.type);
}

/**
 * The rule a new request is held to: the law of the subject's jurisdiction when the organization applies it
 * (one of its `regimes`), otherwise the organization's own regime. CCPA opt-outs of sale or sharing have
 * their own, shorter clock.
 */
export function deadlinePolicyFor(org: PolicyOrg, request: { jurisdiction: string; type: RequestType }): DeadlinePolicy {
  const regime = regimeFor(org, request);
  const custom = regime === "CUSTOM";
  return {
    regime,
    clockStart: org.clockStart,
    customDays: custom ? org.responseDays : null,
    customBusinessDays: custom ? org.responseBusinessDays : null,
    // Kept with every request: only UK GDPR counts bank holidays by region, but the organization may move to it.
    holidayRegion: org.holidayRegion,
  };
}

type DeadlineRequest = DeadlinePolicy &
  Pick<PrivacyRequest, "receivedAt" | "verifiedAt" | "extendedAt" | "extensionDays" | "extensionMonths">;

/** computeDeadline's input for a stored request; `extension` lets a caller try one before granting it. */
export function deadlineInputFor(
  request: DeadlineRequest,
  context: {
    timeZone: string;
    extensionMaxDays: number;
    pauses: Pick<RequestPause, "startedAt" | "endedAt" | "reason">[];
    extension?: DeadlineInput["extension"];
  },
): DeadlineInput {
  const stored =
    request.extendedAt === null
      ? undefined
      : {
          grantedAt: request.extendedAt,
          ...(request.extensionDays !== null ? { days: request.extensionDays } : {}),
          ...(request.extensionMonths !== null ? { months: request.extensionMonths } : {}),
        };
  const extension = context.extension ?? stored;
  return {
    regime: request.regime ?? "DEFAULT",
    receivedAt: request.receivedAt,
    ...(request.verifiedAt ? { verifiedAt: request.verifiedAt } : {}),
    timeZone: context.timeZone,
    ...(request.clockStart ? { clockStart: request.clockStart as ClockStart } : {}),
    extensionMaxDays: context.extensionMaxDays,
    ...(request.holidayRegion ? { holidayRegion: request.holidayRegion } : {}),
    pauses: context.pauses.map((p) => ({
      from: p.startedAt,
      ...(p.endedAt ? { to: p.endedAt } : {}),
      ...(p.reason ? { reason: p.reason } : {}),
    })),
    ...(extension ? { extension } : {}),
    ...(request.regime === "CUSTOM" && request.customDays !== null
      ? { custom: { days: request.customDays, businessDays: request.customBusinessDays ?? false } }
      : {}),
  };
}

/** The request's deadline as it stands, with the explanation staff see. Null before verification. */
export async function loadRequestDeadline(
  tx: Tx,
  request: DeadlineRequest & Pick<PrivacyRequest, "id" | "organizationId">,
  org: Pick<Organization, "timeZone" | "extensionMaxDays">,
): Promise<Deadline | null> {
  if (!request.verifiedAt) return null;
  const pauses = await tx.requestPause.findMany({
    where: { organizationId: request.organizationId, requestId: request.id },
    orderBy: { startedAt: "asc" },
  });
  return computeDeadline(deadlineInputFor(request, { timeZone: org.timeZone, extensionMaxDays: org.extensionMaxDays, pauses }));
}

/**
 * Recomputes a request's due date after its pauses or extension changed, stores it, and moves its next staff
 * reminder to match. Call inside the transaction that made the change, with the request row locked.
 */
export async function refreshDeadline(tx: Tx, requestId: string, organizationId: string, now: Date): Promise<Deadline | null> {
  const request = await tx.privacyRequest.findFirstOrThrow({
    where: { id: requestId, organizationId },
    include: { organization: true },
  });
  const deadline = await loadRequestDeadline(tx, request, request.organization);
  if (deadline && deadline.dueAt.getTime() !== request.dueAt?.getTime()) {
    await tx.privacyRequest.update({ where: { id: request.id, organizationId }, data: { dueAt: deadline.dueAt } });
  }
  await scheduleStaffReminder(tx, { ...request, dueAt: deadline?.dueAt ?? request.dueAt }, request.organization, now);
  return deadline;
}
