// New Zealand Privacy Act 2020: 20 working days after the day the request is received; nothing stops them.
import { NZ_PUBLIC_HOLIDAYS } from "../holidays/nz";
import { noReasonStops } from "./shared";
import type { RegimeModule } from "./types";

const ACT_URL = "https://www.legislation.govt.nz/act/public/2020/0031/latest/whole.html";

/** s 48 allows "a reasonable period"; anything longer than this is refused as a likely typo. */
export const NZ_MAX_EXTENSION_WORKING_DAYS = 365;

export const nzRegime = {
  id: "NZ",
  name: "New Zealand Privacy Act 2020",
  summary: "20 working days after the day the request is received, skipping New Zealand public holidays and 25 December to 15 January (Privacy Act 2020 s 44).",
  covers: "People in New Zealand",
  jurisdictions: ["NZ"],
  isOrganizationRule: true,
  period: { kind: "fixed", count: 20, unit: "workingDay", rollsToWorkingDay: false },
  periodLabel: "20 working days",
  citation: "Privacy Act 2020 s 44",
  clock: { start: "RECEIPT", source: "s 44(1): \"not later than 20 working days after the day on which the request is received\"" },
  pauses: noReasonStops("Privacy Act 2020 s 44(1) counts from receipt and no section stops the 20 working days (s 48 extends them, with notice)"),
  // Pauses recorded before reasons existed keep stopping the clock as they always did; the recompute of
  // existing requests only corrects the start.
  reasonlessPauseStops: true,
  extension: {
    unit: "days",
    count: "workingDay",
    max: NZ_MAX_EXTENSION_WORKING_DAYS,
    maxInWords: "a reasonable period",
    notice: {
      mustTellSubject: true,
      by: "within 20 working days after the day the request is received, with the period, the reasons and the right to complain to the Privacy Commissioner",
      source: "Privacy Act 2020 s 48",
    },
  },
  holidays: () => NZ_PUBLIC_HOLIDAYS,
  hasNzSummerBreak: true,
  appeal: null,
  sources: [
    { title: "Privacy Act 2020 s 44(1)", url: ACT_URL, says: "a decision \"as soon as reasonably practicable, and in any case not later than 20 working days after the day on which the request is received\"" },
    { title: "Privacy Act 2020 s 7 (working day)", url: ACT_URL, says: "excludes weekends, the listed public holidays (Mondayised where the Act says so) and every day from 25 December to 15 January" },
    { title: "Privacy Act 2020 s 48", url: ACT_URL, says: "the time limit may be extended by a reasonable period, by notice within the original limit giving the period, the reasons and the right to complain" },
  ],
  readings: [
    {
      question: "Does verifying the requester's identity (s 57) or asking for clarification stop the 20 working days?",
      chosen: "No: nothing stops them.",
      why: "s 44(1) counts from receipt and no section gives a pause; the earlier date.",
    },
    {
      question: "Are regional anniversary days working days?",
      chosen: "Yes.",
      why: "They are not in s 7's list.",
    },
  ],
} as const satisfies RegimeModule;
