// Pause tables the product's own rules share: every reason stops their clock, as every pause always has.
import type { PauseReason, PauseRule } from "./types";

export function everyReasonStops(why: string): Record<PauseReason, PauseRule> {
  const rule = { stops: true, why };
  return { IDENTITY: rule, FEE: rule, CLARIFICATION: rule, LARGE_VOLUME_CLARIFICATION: rule, OTHER: rule };
}

export function noReasonStops(why: string): Record<PauseReason, PauseRule> {
  const rule = { stops: false, why };
  return { IDENTITY: rule, FEE: rule, CLARIFICATION: rule, LARGE_VOLUME_CLARIFICATION: rule, OTHER: rule };
}
