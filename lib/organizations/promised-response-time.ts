// What the portal promises a subject about time ("We respond within …"), from the organization's own
// deadline rule, so the page says what the due dates staff work to say. The periods are those of
// lib/deadlines (docs/decisions/0005-deadlines.md). The words come from the catalog (labels.period).
import type { Regime } from "@/lib/db/generated/enums";
import { DEFAULT_RESPONSE_DAYS } from "@/lib/deadlines";

export type PeriodUnit = "month" | "day" | "businessDay" | "workingDay" | "calendarDay";

export type Period = { count: number; unit: PeriodUnit };

export function promisedResponseTime(org: { regime: Regime; responseDays: number; responseBusinessDays: boolean }): Period {
  switch (org.regime) {
    case "CUSTOM":
      return { count: org.responseDays, unit: org.responseBusinessDays ? "businessDay" : "day" };
    case "GDPR":
    case "UK":
      return { count: 1, unit: "month" };
    case "CCPA":
      return { count: 45, unit: "day" };
    case "CCPA_OPT_OUT":
      return { count: 15, unit: "businessDay" };
    case "NZ":
      return { count: 20, unit: "workingDay" };
    case "LGPD":
      return { count: 15, unit: "day" };
    case "DEFAULT":
      return { count: DEFAULT_RESPONSE_DAYS, unit: "day" };
  }
}
