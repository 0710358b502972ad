// DEFAULT: the product's own promise when no law applies (30 calendar days), not a law.
import { ORGANIZATION_PROMISE_RULES } from "./shared";
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
  ...ORGANIZATION_PROMISE_RULES,
  holidays: () => null,
  appeal: null,
  sources: [],
  readings: [],
} as const satisfies RegimeModule;
