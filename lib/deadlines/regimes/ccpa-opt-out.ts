// California CCPA/CPRA, requests to opt out of sale or sharing: 15 business days from receipt, no extension.
import { CCPA_BUSINESS_DAY_HOLIDAYS } from "../holidays/us-ca";
import { CCPA_SOURCES } from "./ccpa";
import { noReasonStops } from "./shared";
import type { RegimeModule } from "./types";

export const ccpaOptOutRegime = {
  id: "CCPA_OPT_OUT",
  name: "California CCPA/CPRA (opt-out of sale or sharing)",
  summary: "15 business days from receipt: only opt-outs of sale or sharing under the CCPA get it.",
  covers: null,
  // Reached through CCPA's variantForType, never from a jurisdiction directly.
  jurisdictions: [],
  isOrganizationRule: false,
  period: { kind: "fixed", count: 15, unit: "businessDay", rollsToWorkingDay: false },
  periodLabel: "15 business days",
  citation: "CCPA Regs §7026(f)",
  clock: { start: "RECEIPT", source: "CCPA Regs §7026(f): \"from the date the business receives the request\"" },
  pauses: noReasonStops("CCPA Regs §7026(f): 15 business days from receipt; nothing stops them"),
  reasonlessPauseStops: false,
  extension: { unit: null, reason: "A CCPA opt-out provides no extension of the response period" },
  holidays: () => CCPA_BUSINESS_DAY_HOLIDAYS,
  appeal: null,
  sources: CCPA_SOURCES,
  readings: [],
} as const satisfies RegimeModule;
