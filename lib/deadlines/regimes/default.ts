// DEFAULT: the product's own promise when no law applies (30 calendar days), not a law.
import { everyReasonStops } from "./shared";
import type { RegimeModule } from "./types";

export const DEFAULT_RESPONSE_DAYS = 30;

export const defaultRegime = {
  id: "DEFAULT",
  name: "Rightsdesk default (30 days)",
  summary: "30 calendar days from the day the person confirms their email.",
  covers: null,
  jurisdictions: [],
  isOrganizationRule: true,
  period: { kind: "fixed", count: DEFAULT_RESPONSE_DAYS, unit: "calendarDay", rollsToWorkingDay: false },
  periodLabel: `${DEFAULT_RESPONSE_DAYS} calendar days`,
  citation: null,
  clock: { start: "VERIFICATION", source: "the product's promise: from the day the person confirms their email" },
  pauses: everyReasonStops("the organization's own promise waits while the subject is asked something"),
  reasonlessPauseStops: true,
  extension: {
    unit: "days",
    count: "calendarDay",
    max: "organization",
    notice: { mustTellSubject: true, by: "before the current due date", source: "the product: an extension is always explained to the subject" },
  },
  holidays: () => null,
  appeal: null,
  sources: [],
  readings: [],
} as const satisfies RegimeModule;
