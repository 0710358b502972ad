// UK GDPR: one month from the later of receipt and the arrival of requested ID or fee (ICO), moved to the
// next working day; clarification stops the clock only for a large amount of information.
import { UK_BANK_HOLIDAYS_BY_REGION, type UkRegion } from "../holidays/uk";
import type { RegimeModule } from "./types";

const ICO_URL = "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/right-of-access/what-should-we-consider-when-responding-to-a-request/";

export const ukRegime = {
  id: "UK",
  name: "UK GDPR",
  summary: "One month from the later of receipt and the arrival of requested ID or fee, moved to the next working day (ICO guidance).",
  covers: "People in the United Kingdom",
  jurisdictions: ["GB"],
  isOrganizationRule: true,
  period: { kind: "fixed", count: 1, unit: "month", rollsToWorkingDay: true },
  periodLabel: "the same date next month, moved to the next working day",
  citation: "ICO guidance on the right of access",
  clock: {
    start: "VERIFICATION",
    source:
      "ICO: \"within one month of receipt of the request or within one month of receipt of\" the information requested to confirm identity or a fee, \"from the day you receive the request, fee or other requested information\"",
  },
  pauses: {
    IDENTITY: { stops: true, why: "ICO: the month runs from receipt of the information requested to confirm identity" },
    FEE: { stops: true, why: "ICO: \"If an organisation can charge a fee, the one-month time limit does not begin until they have received the fee\"" },
    CLARIFICATION: { stops: false, why: "ICO: clarification stops the clock only where the controller processes a large amount of information about the subject" },
    LARGE_VOLUME_CLARIFICATION: { stops: true, why: "ICO: where a large amount of information is processed, the clock stops until the subject clarifies" },
    OTHER: { stops: false, why: "no other pause in the ICO's rule" },
  },
  reasonlessPauseStops: true,
  extension: {
    unit: "months",
    max: 2,
    notice: { mustTellSubject: true, by: "within one month of receiving the request, explaining why", source: "ICO guidance; UK GDPR art. 12(3)" },
  },
  // The organization chooses its nation's bank holidays (Settings → Deadline policy); England and Wales when unset.
  holidays: (region?: string) => UK_BANK_HOLIDAYS_BY_REGION[(region ?? "ENGLAND_WALES") as UkRegion],
  appeal: null,
  sources: [
    {
      title: "ICO, Right of access: How long do we have to comply?",
      url: ICO_URL,
      says:
        "\"You must comply with a SAR without undue delay and at the latest within one month of receipt of the request or within one month of receipt of\" any information requested to confirm the requester's identity or a fee. \"You should calculate the time limit from the day you receive the request, fee or other requested information (whether it is a working day or not) until the corresponding calendar date in the next month. If this is not possible because the following month is shorter (and there is no corresponding calendar date), the date for response is the last day of the following month. If the corresponding date falls on a weekend or a public holiday, you have until the next working day to respond.\"",
    },
    { title: "ICO, What to expect after making a subject access request", url: "https://ico.org.uk/for-the-public/your-right-to-get-copies-of-your-data/what-to-expect-after-making-a-subject-access-request/", says: "\"If an organisation can charge a fee, the one-month time limit does not begin until they have received the fee.\"" },
    { title: "UK GDPR art. 12(3)", url: "https://www.legislation.gov.uk/eur/2016/679/article/12", says: "one month, extendable by two further months with notice within the first" },
  ],
  readings: [
    {
      question: "When ID or a fee is asked for after receipt (not at once), does the month restart on its arrival or resume?",
      chosen: "The first proof of identity (the email confirmation) starts the month, as the ICO says; a later question about identity or a fee stops the clock and it resumes with the days already used.",
      why: "A restart after a later question gives a later date; the earlier date.",
    },
    {
      question: "Is a two-month extension three months from the start (ICO) or two months after the unmoved due date?",
      chosen: "Two months after the unmoved due date, then moved to a working day (31 Jan → 28 Feb → 28 Apr, not 30 Apr).",
      why: "The two agree except at month ends, where this one is earlier.",
    },
  ],
} as const satisfies RegimeModule;
