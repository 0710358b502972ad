// What the portal promises a subject about time ("We respond within …"), from the organization's own
// deadline rule, so the page says what the due dates staff work to say. The period is its regime module's
// (lib/deadlines/regimes); the words come from the catalog (labels.period).
import type { Regime } from "@/lib/db/generated/enums";
import { REGIMES, type PeriodUnit } from "@/lib/deadlines";

export type { PeriodUnit };

export type Period = { count: number; unit: PeriodUnit };

/** A regime's period as people read it; calendar days are said plainly as days. */
export function periodOfRegime(regime: Regime, org: { responseDays: number; responseBusinessDays: boolean }): Period {
  const period = REGIMES[regime].period;
  if (period.kind === "organization") return { count: org.responseDays, unit: org.responseBusinessDays ? "businessDay" : "day" };
  return { count: period.count, unit: period.unit === "calendarDay" ? "day" : period.unit };
}

export function promisedResponseTime(org: { regime: Regime; responseDays: number; responseBusinessDays: boolean }): Period {
  return periodOfRegime(org.regime, org);
}
