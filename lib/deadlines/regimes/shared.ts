// What the product's own rules (DEFAULT, CUSTOM) share, and the pause tables: every reason stops their clock, as
// every pause always has.
import type { PauseReason, PauseRule } from "./types";

export function everyReasonStops(why: string): Record<PauseReason, PauseRule> {
  const rule = { stops: true, why };
  return { IDENTITY: rule, FEE: rule, CLARIFICATION: rule, LARGE_VOLUME_CLARIFICATION: rule, OTHER: rule };
}

export function noReasonStops(why: string): Record<PauseReason, PauseRule> {
  const rule = { stops: false, why };
  return { IDENTITY: rule, FEE: rule, CLARIFICATION: rule, LARGE_VOLUME_CLARIFICATION: rule, OTHER: rule };
}

/** The pauses and extension of a period the organization promises itself (DEFAULT and CUSTOM), not a law. */
export const ORGANIZATION_PROMISE_RULES = {
  pauses: everyReasonStops("the organization's own promise waits while the subject is asked something"),
  reasonlessPauseStops: true,
  // CUSTOM's extension counts in its period's own unit (calendar or business days): the engine reads it from `custom`.
  extension: {
    unit: "days",
    count: "calendarDay",
    max: "organization",
    notice: { mustTellSubject: true, by: "before the current due date", source: "the product: an extension is always explained to the subject" },
  },
} as const;
