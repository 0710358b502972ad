// EU GDPR (and the EEA): one month from receipt; waiting for proof of identity stops the clock without
// restarting it; up to two more months with notice inside the first.
import type { RegimeModule } from "./types";

const GDPR_URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj";

/** EU member states and the other EEA states (Iceland, Liechtenstein, Norway). */
export const GDPR_JURISDICTIONS = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split(" ");

export const gdprRegime = {
  id: "GDPR",
  name: "EU GDPR",
  summary: "One month from receipt: the same date next month, or that month's last day (GDPR art. 12(3)); the time the person takes to prove who they are does not count.",
  covers: "People in the EU, Iceland, Liechtenstein and Norway",
  jurisdictions: GDPR_JURISDICTIONS,
  isOrganizationRule: true,
  period: { kind: "fixed", count: 1, unit: "month", rollsToWorkingDay: false },
  periodLabel: "one month",
  citation: "GDPR art. 12(3); Reg. 1182/71 art. 3: the start day is not counted",
  clock: {
    start: "RECEIPT_IDENTITY_PAUSED",
    source:
      "art. 12(3) \"within one month of receipt of the request\"; waiting for proof of identity (art. 12(6)) stops the clock and it resumes with the days already used",
  },
  pauses: {
    IDENTITY: { stops: true, why: "art. 12(6): the controller may ask for what it needs to confirm the subject's identity; the month is counted without the subject's time" },
    FEE: { stops: false, why: "art. 12(5): answers are free; a fee for a manifestly unfounded or excessive request does not stop the month" },
    CLARIFICATION: { stops: false, why: "art. 12(3) gives no pause for clarification" },
    LARGE_VOLUME_CLARIFICATION: {
      stops: false,
      why: "recital 63 lets the controller ask a subject to specify a large request, but no article stops the month for it (EDPB Guidelines 01/2022); the earlier date",
    },
    OTHER: { stops: false, why: "no other pause in art. 12" },
  },
  reasonlessPauseStops: true,
  extension: {
    unit: "months",
    max: 2,
    notice: { mustTellSubject: true, by: "within one month of receipt of the request, with the reasons", source: "GDPR art. 12(3)" },
  },
  // No member-state holidays: Reg. 1182/71 art. 3(4) would move a due day off a holiday, which only makes it later.
  holidays: () => null,
  appeal: null,
  sources: [
    { title: "GDPR art. 12(3)", url: GDPR_URL, says: "information on action taken \"within one month of receipt of the request\"; \"may be extended by two further months where necessary\", the subject told \"within one month of receipt of the request, together with the reasons for the delay\"" },
    { title: "GDPR art. 12(6)", url: GDPR_URL, says: "where the controller has reasonable doubts concerning identity it may request additional information necessary to confirm it" },
    { title: "Regulation (EEC, Euratom) No 1182/71 art. 3(1), 3(2)(c)", url: "https://eur-lex.europa.eu/eli/reg/1971/1182/oj", says: "the day of the event is not counted; a period in months ends with the expiry of the day with the same date in the last month, or that month's last day" },
    { title: "EDPB Guidelines 01/2022 on the right of access", url: "https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-012022-data-subject-rights-right-access_en", says: "the time limit runs from receipt; asking for identity must happen without delay" },
  ],
  readings: [
    {
      question: "Does waiting for proof of identity restart the month when it arrives, or only stop it?",
      chosen: "It only stops it: the month runs from receipt and the days between receipt and verification are added, as a pause (the issue's reading of art. 12(3)).",
      why: "A restart would give a later date whenever any day had passed before the question was asked; the earlier date is the safe side.",
    },
    {
      question: "Does a request to specify a large request (recital 63) stop the clock?",
      chosen: "No.",
      why: "No article says so; the earlier date.",
    },
    {
      question: "Does a due day on a weekend or holiday move to the next working day (Reg. 1182/71 art. 3(4))?",
      chosen: "No.",
      why: "There is no single EU calendar and the move only makes the date later.",
    },
  ],
} as const satisfies RegimeModule;
