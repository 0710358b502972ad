// What the portal promises a subject about time ("We respond within …"), from the organization's own
// deadline rule, so the page says what the due dates staff work to say. The periods are those of
// lib/deadlines (docs/decisions/0005-deadlines.md).
import type { Regime } from "@/lib/db/generated/enums";
import { DEFAULT_RESPONSE_DAYS } from "@/lib/deadlines";

function days(n: number, unit = "day"): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

export function promisedResponseTime(org: { regime: Regime; responseDays: number; responseBusinessDays: boolean }): string {
  switch (org.regime) {
    case "CUSTOM":
      return days(org.responseDays, org.responseBusinessDays ? "business day" : "day");
    case "GDPR":
    case "UK":
      return "one month";
    case "CCPA":
      return days(45);
    case "CCPA_OPT_OUT":
      return days(15, "business day");
    case "NZ":
      return days(20, "working day");
    case "LGPD":
      return days(15);
    case "DEFAULT":
      return days(DEFAULT_RESPONSE_DAYS);
  }
}
