// Brazil LGPD: 15 days from the subject's request (art. 19 II), no extension, nothing stops them.
import { noReasonStops } from "./shared";
import type { RegimeModule } from "./types";

const LGPD_URL = "https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm";

export const lgpdRegime = {
  id: "LGPD",
  name: "Brazil LGPD",
  summary: "15 calendar days from the request (LGPD art. 19 II). No extension is possible.",
  covers: "People in Brazil",
  jurisdictions: ["BR"],
  isOrganizationRule: true,
  period: { kind: "fixed", count: 15, unit: "calendarDay", rollsToWorkingDay: false },
  periodLabel: "15 calendar days",
  citation: "LGPD art. 19 II",
  clock: { start: "RECEIPT", source: "art. 19 II: \"contado da data do requerimento do titular\" (from the date of the subject's request)" },
  pauses: noReasonStops("art. 19 II counts from the request and gives no pause"),
  reasonlessPauseStops: true,
  extension: { unit: null, reason: "LGPD provides no extension of the response period" },
  // Calendar days: the Brazilian list (holidays/br.ts) is not used.
  holidays: () => null,
  appeal: null,
  sources: [
    { title: "LGPD (Lei 13.709/2018) art. 19 II", url: LGPD_URL, says: "\"por meio de declaração clara e completa ... fornecida no prazo de até 15 (quinze) dias, contado da data do requerimento do titular\"" },
  ],
  readings: [
    {
      question: "Are the 15 days calendar days or business days (dias úteis)?",
      chosen: "Calendar days.",
      why: "Art. 19 says \"dias\" without \"úteis\"; business days would give a later date.",
    },
    {
      question: "Does waiting for identity or clarification stop the 15 days?",
      chosen: "No.",
      why: "Art. 19 II counts from the request and gives no pause; the earlier date.",
    },
  ],
} as const satisfies RegimeModule;
