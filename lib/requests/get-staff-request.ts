// Everything staff see on one request's page: the subject's details, the relationship and customer,
// the full history (internal notes included), the audit trail, the files, and what they may do next.
// The subject's name and email are masked everywhere in it (history and audit trail included) unless the
// reading member revealed them today (reveal-subject.ts), or the API call asked for and recorded a reveal.
import "server-only";
import { maskAuditEntry } from "@/lib/audit/mask-audit-entry";
import { REQUEST_TARGET_TYPE } from "@/lib/audit/record-audit";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Channel, EventActor, Queue, Regime, RequestOutcome, RequestStatus, RequestType, Role } from "@/lib/db/generated/enums";
import { apiKeyLabel } from "@/lib/api-keys/api-key-label";
import { DeadlineError, type Deadline, type PauseReason } from "@/lib/deadlines";
import { extensionAmountText, extensionOffer, requestExtensionLimit, type AvailableExtension, type ExtensionOffer } from "./extension-offer";
import { regimeLabel, ukRegionLabel } from "./labels";
import { findRevealedRequestIds } from "./queue/find-revealed-request-ids";
import { maskEmail, maskName, maskSubjectText, type SubjectIdentifiers } from "./queue/mask-subject";
import { waitingOnSubject } from "./pauses";
import { loadRequestDeadline } from "./request-deadline";
import { isUuid, type StaffContext } from "./run-staff-action";
import { WORK_ROLES } from "./work-roles";
import { allowedActions, type StaffAction } from "./workflow";

export type StaffRequestView = {
  id: string;
  reference: string;
  type: RequestType;
  status: RequestStatus;
  queue: Queue;
  channel: Channel;
  /** Masked ("A•••a N•••a") unless isSubjectRevealed; the tombstone once identifiers were removed. */
  subjectName: string;
  subjectEmail: string;
  isSubjectRevealed: boolean;
  /** The reader's role may reveal, and there is something left to reveal. */
  canRevealSubject: boolean;
  jurisdiction: string;
  details: string | null;
  correctionWrong: string | null;
  correctionRight: string | null;
  controllerName: string | null;
  relationship: { label: string; queue: Queue };
  customer: { name: string; contactEmail: string } | null;
  assignee: { id: string; name: string; email: string } | null;
  recordedBy: string | null;
  duplicateOf: { id: string; reference: string | null } | null;
  duplicates: { id: string; reference: string | null }[];
  receivedAt: Date;
  verifiedAt: Date | null;
  dueAt: Date | null;
  closedAt: Date | null;
  /** When retention replaced the subject's identifiers with a tombstone. */
  identifiersRemovedAt: Date | null;
  forwardedAt: Date | null;
  outcome: RequestOutcome | null;
  closingNote: string | null;
  denialReason: string | null;
  isPaused: boolean;
  /** The law the request is held to (fixed when accepted); null before. */
  regime: Regime | null;
  /** How the due date was computed; null before verification. */
  deadline: {
    regime: string;
    /** Deadline.explanation: the one line a person can check. */
    explanation: string;
    isBeyondHolidayData: boolean;
    /** Waiting on the subject, and this regime's clock stops for what they were asked (clockStopsFor). */
    isClockStopped: boolean;
    /** UK GDPR only: whose bank holidays count, as chosen in the policy when the request was accepted. */
    bankHolidays: string | null;
    /** While waiting on the subject: what they were asked for (null for questions from before reasons). */
    pauseReason: PauseReason | null;
    acknowledgeBy: Date | null;
    /** While waiting on the subject: the day they were asked to answer by. */
    answerBy: Date | null;
    extension: { at: Date; by: string; reason: string } | null;
  } | null;
  /** Whether staff can extend the deadline, with the unit and maximum, or why not. */
  extension: ExtensionOffer;
  events: { id: string; kind: string; actor: EventActor; actorName: string | null; visibleToSubject: boolean; message: string; at: Date }[];
  audit: {
    id: string;
    at: Date;
    actorEmail: string | null;
    ip: string;
    action: string;
    before: Prisma.JsonValue;
    after: Prisma.JsonValue;
    reason: string | null;
  }[];
  files: { id: string; filename: string; contentType: string; size: number; sha256: string; availableUntil: Date | null; createdAt: Date; downloads: number }[];
  /** Empty for roles that may not work on requests. */
  actions: StaffAction[];
  members: { id: string; name: string; email: string; role: Role }[];
  customers: { id: string; name: string; contactEmail: string }[];
};

/**
 * The request `requestId` of the staff member's organization, or null (also for another organization's id).
 * `hasRecordedReveal`: the caller has just recorded a reveal by this reader (the API's ?reveal=true).
 */
export async function getStaffRequest({
  context,
  requestId,
  now = new Date(),
  hasRecordedReveal = false,
}: {
  context: StaffContext;
  requestId: string;
  now?: Date;
  hasRecordedReveal?: boolean;
}): Promise<StaffRequestView | null> {
  if (!isUuid(requestId)) return null;
  const db = await getDb();
  const organizationId = context.organization.id;
  const request = await db.privacyRequest.findFirst({
    where: { id: requestId, organizationId },
    include: {
      relationship: { select: { label: true, queue: true } },
      customer: { select: { name: true, contactEmail: true } },
      assignee: { select: { id: true, name: true, email: true } },
      duplicateOf: { select: { id: true, reference: true } },
      duplicates: { select: { id: true, reference: true }, orderBy: { createdAt: "asc" } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      files: {
        select: { id: true, filename: true, contentType: true, size: true, sha256: true, availableUntil: true, createdAt: true, _count: { select: { downloads: true } } },
        orderBy: { createdAt: "asc" },
      },
      pauses: { where: { endedAt: null }, select: { id: true, answerBy: true, reason: true } },
      organization: { select: { timeZone: true, extensionMaxDays: true } },
    },
  });
  // Unverified requests are the subject's until they confirm: staff do not see them.
  if (!request || !request.reference) return null;

  const [audit, members, customers, deadline, revealed] = await Promise.all([
    db.auditEvent.findMany({
      where: { organizationId, targetType: REQUEST_TARGET_TYPE, targetId: request.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.membership.findMany({
      where: { organizationId, role: { in: [...WORK_ROLES] } },
      select: { role: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    request.queue === "PROCESSOR"
      ? db.customer.findMany({ where: { organizationId }, select: { id: true, name: true, contactEmail: true }, orderBy: { name: "asc" } })
      : Promise.resolve([]),
    loadRequestDeadline(db, request, request.organization).catch((error: unknown): Pick<Deadline, "explanation" | "isBeyondHolidayData" | "isClockStopped"> => {
      // Stored data the engine refuses must not take the page down: the page says what is wrong instead.
      if (error instanceof DeadlineError) return { explanation: `The due date could not be recomputed: ${error.message}.`, isBeyondHolidayData: false, isClockStopped: false };
      throw error;
    }),
    hasRecordedReveal
      ? Promise.resolve(new Set([request.id]))
      : findRevealedRequestIds({ organization: { id: organizationId, timeZone: request.organization.timeZone }, reader: { userId: context.user.id, role: context.role }, requestIds: [request.id], now }),
  ]);
  const isRemoved = request.identifiersRemovedAt !== null;
  const isSubjectRevealed = !isRemoved && revealed.has(request.id) && can(context.role, "reveal");
  const subject: SubjectIdentifiers = { name: request.subjectName, email: request.subjectEmail };
  // Masked text for a reader who has not revealed: the subject's name and email, wherever they were written.
  const readable = (text: string) => (isSubjectRevealed ? text : maskSubjectText(text, subject));
  const extension = extensionOffer(request, request.organization);
  const extensionAmount = request.extensionMonths ?? request.extensionDays;
  const waiting = waitingOnSubject(request.regime, request.pauses[0]);
  // The unit's name comes from the regime ("working days"); a setting changed since only loses that word.
  const limit = requestExtensionLimit(request, request.organization);
  const unitLimit: AvailableExtension =
    limit.unit !== null ? limit : request.extensionMonths !== null ? { unit: "months", max: 2 } : { unit: "days", max: 365, unitWord: "days", periodUnit: "day" };
  const userIds = [...new Set([...request.events.map((e) => e.actorUserId), request.recordedById].filter((id): id is string => Boolean(id)))];
  const users = userIds.length > 0 ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }) : [];
  const nameOf = new Map(users.map((u) => [u.id, u.name || u.email]));
  const keyIds = [...new Set(request.events.map((e) => e.actorApiKeyId).filter((id): id is string => Boolean(id)))];
  const keys = keyIds.length > 0 ? await db.apiKey.findMany({ where: { id: { in: keyIds }, organizationId }, select: { id: true, name: true } }) : [];
  const keyNameOf = new Map(keys.map((k) => [k.id, apiKeyLabel(k.name)]));

  return {
    id: request.id,
    reference: request.reference,
    type: request.type,
    status: request.status,
    queue: request.queue,
    channel: request.channel,
    subjectName: isSubjectRevealed || isRemoved ? request.subjectName : maskName(request.subjectName),
    subjectEmail: isSubjectRevealed || isRemoved ? request.subjectEmail : maskEmail(request.subjectEmail),
    isSubjectRevealed,
    canRevealSubject: !isSubjectRevealed && !isRemoved && can(context.role, "reveal"),
    identifiersRemovedAt: request.identifiersRemovedAt,
    jurisdiction: request.jurisdiction,
    details: request.details === null ? null : readable(request.details),
    correctionWrong: request.correctionWrong === null ? null : readable(request.correctionWrong),
    correctionRight: request.correctionRight === null ? null : readable(request.correctionRight),
    controllerName: request.controllerName,
    relationship: request.relationship,
    customer: request.customer,
    assignee: request.assignee,
    recordedBy: request.recordedById ? (nameOf.get(request.recordedById) ?? null) : null,
    duplicateOf: request.duplicateOf,
    duplicates: request.duplicates,
    receivedAt: request.receivedAt,
    verifiedAt: request.verifiedAt,
    dueAt: request.dueAt,
    closedAt: request.closedAt,
    forwardedAt: request.forwardedAt,
    outcome: request.outcome,
    closingNote: request.closingNote === null ? null : readable(request.closingNote),
    denialReason: request.denialReason === null ? null : readable(request.denialReason),
    isPaused: request.pauses.length > 0,
    regime: request.regime,
    deadline: deadline
      ? {
          regime: regimeLabel[request.regime ?? "DEFAULT"],
          explanation: deadline.explanation,
          isBeyondHolidayData: deadline.isBeyondHolidayData,
          isClockStopped: waiting?.isClockStopped ?? false,
          pauseReason: waiting?.reason ?? null,
          bankHolidays: request.regime === "UK" ? ukRegionLabel[request.holidayRegion ?? "ENGLAND_WALES"] : null,
          acknowledgeBy: ("acknowledgeBy" in deadline ? deadline.acknowledgeBy : undefined) ?? null,
          answerBy: request.status === "AWAITING_SUBJECT" ? (request.pauses[0]?.answerBy ?? null) : null,
          extension:
            request.extendedAt && extensionAmount !== null
              ? {
                  at: request.extendedAt,
                  by: extensionAmountText(extensionAmount, unitLimit),
                  reason: request.extensionReason ?? "",
                }
              : null,
        }
      : null,
    extension,
    events: request.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      actor: e.actor,
      actorName: e.actorUserId ? (nameOf.get(e.actorUserId) ?? null) : e.actorApiKeyId ? (keyNameOf.get(e.actorApiKeyId) ?? null) : null,
      visibleToSubject: e.visibleToSubject,
      message: readable(e.message ?? ""),
      at: e.createdAt,
    })),
    audit: audit.map((a) => {
      const entry = { id: a.id, at: a.createdAt, actorEmail: a.actorEmail, ip: a.ip, action: a.action, before: a.before, after: a.after, reason: a.reason };
      return isSubjectRevealed ? entry : maskAuditEntry(entry, subject);
    }),
    files: request.files.map(({ _count, ...f }) => ({ ...f, downloads: _count.downloads })),
    actions: can(context.role, "work") ? allowedActions(request.status, request.queue, { canExtend: extension.isAvailable }) : [],
    members: members.map((m) => ({ ...m.user, role: m.role })),
    customers,
  };
}
