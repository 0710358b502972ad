// The shape of one law (or one of the product's own rules) as the deadline engine and everything around it
// reads it. A module is data with its sources; lib/deadlines/index.ts is the only code that counts with it.
import type { Regime } from "@/lib/db/generated/enums";
import type { HolidayCalendar } from "../holidays/holiday-calendar";

export type { Regime };

/** Why staff wait on the subject. The regime decides whether the clock stops for it. */
export type PauseReason = "IDENTITY" | "FEE" | "CLARIFICATION" | "LARGE_VOLUME_CLARIFICATION" | "OTHER";

export const PAUSE_REASONS = [
  "IDENTITY",
  "FEE",
  "CLARIFICATION",
  "LARGE_VOLUME_CLARIFICATION",
  "OTHER",
] as const satisfies readonly PauseReason[];

/** A period's unit as people read it (the catalog's `period` words); "day" is calendar days said plainly. */
export type PeriodUnit = "month" | "day" | "businessDay" | "workingDay" | "calendarDay";

/** The unit the engine counts a period in. */
export type CountUnit = "month" | "calendarDay" | "workingDay" | "businessDay";

export type Source = {
  /** The provision, e.g. "GDPR art. 12(3)". */
  title: string;
  url: string;
  /** What it says that the module relies on, quoted where the wording matters. */
  says: string;
};

/** A question the text of the law does not settle, the reading the module applies and why. */
export type Reading = { question: string; chosen: string; why: string };

export type RegimePeriod =
  | {
      kind: "fixed";
      count: number;
      unit: CountUnit;
      /** A due day that is not a working day moves to the next one (UK, ICO guidance). */
      rollsToWorkingDay: boolean;
    }
  /** The organization sets the count and whether it is in business days (CUSTOM). */
  | { kind: "organization" };

/**
 * When the clock starts.
 * - "RECEIPT": the law fixes the start at receipt and nothing the organization chooses makes it later.
 * - "RECEIPT_IDENTITY_PAUSED": the law counts from receipt, but the time the subject takes to prove who they
 *   are (receipt to verification) stops the clock, which then resumes with the days already used (GDPR).
 * - "VERIFICATION": counts from verification (the later of receipt and the day the proof of identity arrives).
 * An organization may always choose RECEIPT, the earlier start; its VERIFICATION choice only applies where the
 * regime allows it (the last two).
 */
export type ClockRule = {
  start: "RECEIPT" | "RECEIPT_IDENTITY_PAUSED" | "VERIFICATION";
  /** The citation and why, shown in the explanation. */
  source: string;
};

export type PauseRule = { stops: boolean; why: string };

export type ExtensionRule =
  | { unit: "months"; max: number; notice: ExtensionNotice }
  | {
      unit: "days";
      count: "calendarDay" | "workingDay" | "businessDay";
      max: number | "organization";
      /** The maximum as the law says it, where the number is only the engine's guard against typos (NZ). */
      maxInWords?: string;
      notice: ExtensionNotice;
    }
  | { unit: null; reason: string };

export type ExtensionNotice = {
  mustTellSubject: boolean;
  /** By when, in words ("within one month of receipt"). */
  by: string;
  source: string;
};

/** How a subject may appeal a refusal, for the laws that give one (the US state laws; none of the first six). */
export type AppealRule = {
  /** How long the subject has to appeal after the decision, in days. */
  windowDays: number | null;
  /** How long the organization has to answer the appeal. */
  response: { count: number; unit: CountUnit };
  extension: { count: number; unit: CountUnit } | null;
  /** The answer must say how to contact the Attorney General (or the regulator) to complain. */
  mustNameRegulator: boolean;
  source: string;
};

export type RegimeModule = {
  id: Regime;
  /** As staff and subjects read it ("EU GDPR"). */
  name: string;
  /** One line on the rule, shown in settings and to subjects. */
  summary: string;
  /** Whom it covers, in words ("People in Brazil"); null for the product's own rules. */
  covers: string | null;
  /** Subject jurisdictions (ISO 3166 codes, US states as US-XX) whose law this is. */
  jurisdictions: readonly string[];
  /** An organization may pick it as its own rule for every request (Settings → Deadline policy). */
  isOrganizationRule: boolean;
  /** A request of this type under this law gets another regime instead (CCPA opt-outs). */
  variantForType?: Partial<Record<"OPT_OUT_SALE", Regime>>;
  period: RegimePeriod;
  /** The period in words for the explanation ("one month"); CUSTOM builds its own. */
  periodLabel: string;
  /** Short citation for the explanation. */
  citation: string | null;
  clock: ClockRule;
  /** Which reasons stop the clock. A pause without a reason stops it when `reasonlessPauseStops`. */
  pauses: Record<PauseReason, PauseRule>;
  /** How pauses without a reason (recorded before reasons existed) behave: as the engine always did. */
  reasonlessPauseStops: boolean;
  extension: ExtensionRule;
  /** CCPA: receipt must be acknowledged within this many business days. */
  acknowledge?: { count: number; unit: "businessDay"; source: string };
  /** The holidays working or business days skip; `region` picks a calendar where the law has several. */
  holidays: (region?: string) => HolidayCalendar | null;
  /** New Zealand's s 7: 25 December to 15 January are not working days. */
  hasNzSummerBreak?: boolean;
  appeal: AppealRule | null;
  sources: readonly Source[];
  readings: readonly Reading[];
};
