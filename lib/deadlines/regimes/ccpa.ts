// California CCPA/CPRA: 45 calendar days from receipt whatever the verification, acknowledged within 10
// business days, one 45-day extension with notice inside the first 45; no pause stops the clock.
import { CCPA_BUSINESS_DAY_HOLIDAYS } from "../holidays/us-ca";
import { noReasonStops } from "./shared";
import type { RegimeModule, Source } from "./types";

const CIV_1798_130 = "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.130";
const CCPA_REGS = "https://cppa.ca.gov/regulations/";

export const CCPA_SOURCES: readonly Source[] = [
  { title: "Cal. Civ. Code §1798.130(a)(2)(A)", url: CIV_1798_130, says: "disclose and deliver \"within 45 days of receiving a verifiable consumer request\"; the period \"may be extended once by an additional 45 days when reasonably necessary, provided the consumer is provided notice of the extension within the first 45-day period\"" },
  { title: "CCPA Regulations, 11 CCR §7021(a)–(b)", url: CCPA_REGS, says: "confirm receipt within 10 business days; respond within 45 calendar days, which \"shall begin on the day that the business receives the request, regardless of time required to verify the request\"" },
  { title: "CCPA Regulations, 11 CCR §7026(f)", url: CCPA_REGS, says: "comply with a request to opt-out of sale/sharing \"as soon as feasibly possible, but no later than 15 business days from the date the business receives the request\"" },
];

export const ccpaRegime = {
  id: "CCPA",
  name: "California CCPA/CPRA",
  summary: "45 calendar days from receipt, whatever the confirmation; acknowledge within 10 business days.",
  covers: "People in California",
  jurisdictions: ["US-CA"],
  isOrganizationRule: true,
  variantForType: { OPT_OUT_SALE: "CCPA_OPT_OUT" },
  period: { kind: "fixed", count: 45, unit: "calendarDay", rollsToWorkingDay: false },
  periodLabel: "45 calendar days",
  citation: "Cal. Civ. Code §1798.130(a)(2)",
  clock: { start: "RECEIPT", source: "CCPA Regs §7021(b): from receipt \"regardless of time required to verify the request\"" },
  pauses: noReasonStops("CCPA Regs §7021(b): the 45 days run from receipt regardless of the time verification takes; nothing stops them"),
  // CCPA's clock never stopped, even for pauses recorded before reasons existed.
  reasonlessPauseStops: false,
  extension: {
    unit: "days",
    count: "calendarDay",
    max: 45,
    notice: { mustTellSubject: true, by: "within the first 45-day period, with the reason", source: "Cal. Civ. Code §1798.130(a)(2)(A); CCPA Regs §7021(b)" },
  },
  acknowledge: { count: 10, unit: "businessDay", source: "CCPA Regs §7021(a)" },
  // Business days skip only the days both the federal and the California calendars give off (holidays/us-ca.ts).
  holidays: () => CCPA_BUSINESS_DAY_HOLIDAYS,
  appeal: null,
  sources: CCPA_SOURCES,
  readings: [
    {
      question: "Which holidays are not business days?",
      chosen: "Only the weekdays that both the US federal list (observed dates) and California's state holidays (Gov. Code §§6700–6701) give off.",
      why: "The CCPA does not define business day; a day off that only one calendar gives would make the date later than under the other reading, so it counts as a business day (holidays/us-ca.ts).",
    },
  ],
} as const satisfies RegimeModule;
