// Recomputes the due date of every request already in the database under the deadline rules as they stand
// (the one-time job "deadline-rules-2026-12", lib/db/one-time-jobs.ts). A request whose date moves gets a
// history entry with the old date, the new one and the rule behind the change: nothing moves silently.
import type { Tx } from "@/lib/db/client";
import { computeDeadline, DeadlineError, REGIMES } from "@/lib/deadlines";
import { formatIsoDate, toZonedDate } from "@/lib/deadlines/zoned-time";
import { scheduleStaffReminder } from "@/lib/reminders/schedule-reminders";
import { EVENT } from "./events";
import { deadlineInputFor } from "./request-deadline";

const BATCH = 200;

export type RecomputeSummary = { checked: number; moved: number; failed: number };

/**
 * Recomputes every verified request with a due date, in batches by id, inside the caller's transaction.
 * `organizationId` limits it to one organization (tests); the job itself covers them all.
 */
export async function recomputeDeadlines(
  tx: Tx,
  args: { now: Date; reason: string; organizationId?: string },
): Promise<RecomputeSummary> {
  const summary: RecomputeSummary = { checked: 0, moved: 0, failed: 0 };
  let after: string | undefined;
  for (;;) {
    const requests = await tx.privacyRequest.findMany({
      where: {
        verifiedAt: { not: null },
        dueAt: { not: null },
        ...(args.organizationId ? { organizationId: args.organizationId } : {}),
        ...(after ? { id: { gt: after } } : {}),
      },
      include: { organization: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (requests.length === 0) return summary;
    after = requests[requests.length - 1]!.id;
    const pauses = await tx.requestPause.findMany({
      where: { requestId: { in: requests.map((r) => r.id) } },
      orderBy: { startedAt: "asc" },
    });
    for (const request of requests) {
      summary.checked++;
      const org = request.organization;
      const own = pauses.filter((p) => p.requestId === request.id && p.organizationId === request.organizationId);
      let dueAt: Date;
      let explanation: string;
      try {
        const deadline = computeDeadline(deadlineInputFor(request, { timeZone: org.timeZone, extensionMaxDays: org.extensionMaxDays, pauses: own }));
        ({ dueAt, explanation } = deadline);
      } catch (error) {
        // A stored extension the corrected rules refuse (e.g. granted after the corrected due date) keeps its date.
        if (error instanceof DeadlineError) {
          summary.failed++;
          continue;
        }
        throw error;
      }
      const previous = request.dueAt!;
      if (dueAt.getTime() === previous.getTime()) continue;
      summary.moved++;
      await tx.privacyRequest.update({ where: { id: request.id, organizationId: request.organizationId }, data: { dueAt } });
      const day = (d: Date) => formatIsoDate(toZonedDate(d, org.timeZone));
      const regime = REGIMES[request.regime ?? "DEFAULT"];
      // Written directly, not through run-staff-action's appendRequestEvent: this runs in scripts/start.ts,
      // outside Next.js, where a server-only module cannot be imported.
      await tx.requestEvent.create({
        data: {
          organizationId: request.organizationId,
          requestId: request.id,
          kind: EVENT.DEADLINE_RECOMPUTED,
          actor: "SYSTEM",
          visibleToSubject: false,
          message: `Due date recomputed under the corrected ${regime.name} rules: ${day(previous)} → ${day(dueAt)}. ${args.reason} ${explanation}`,
          data: { previousDueAt: previous.toISOString(), dueAt: dueAt.toISOString(), regime: regime.id, reason: args.reason, clockRule: regime.clock.source },
          createdAt: args.now,
        },
      });
      await scheduleStaffReminder(tx, { ...request, dueAt }, org, args.now);
    }
  }
}
