// CUSTOM: the organization's own period (Settings → Deadline policy), in calendar or business days.
import { ORGANIZATION_PROMISE_RULES } from "./shared";
import type { RegimeModule } from "./types";

/** The longest custom period and the longest extension an organization may set, in days. */
export const CUSTOM_MAX_DAYS = 365;

export const customRegime = {
  id: "CUSTOM",
  name: "Custom policy",
  summary: "Your own promise: the number of days you set below.",
  covers: null,
  jurisdictions: [],
  isOrganizationRule: true,
  period: { kind: "organization" },
  periodLabel: "the organization's own period",
  citation: "the organization's own period",
  clock: { start: "VERIFICATION", source: "the organization's own promise" },
  ...ORGANIZATION_PROMISE_RULES,
  // Business days skip weekends only: the organization has no holiday calendar to choose yet.
  holidays: () => null,
  appeal: null,
  sources: [],
  readings: [],
} as const satisfies RegimeModule;
