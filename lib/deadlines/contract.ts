// Why a request waits on its subject, whether its law stops the clock for that, and whose UK bank holidays
// count. A pause without a reason (one recorded before reasons were asked for) stops the clock as before.
//
// Where careful readers of a law disagree, the table takes the reading that gives the earlier date: the clock
// keeps running.
import { pausesStopClock, type Regime } from "./index";

export type PauseReason = "IDENTITY" | "FEE" | "CLARIFICATION" | "LARGE_VOLUME_CLARIFICATION" | "OTHER";

export const PAUSE_REASONS: readonly PauseReason[] = ["IDENTITY", "FEE", "CLARIFICATION", "LARGE_VOLUME_CLARIFICATION", "OTHER"];

export type UkRegion = "ENGLAND_WALES" | "SCOTLAND" | "NORTHERN_IRELAND";

export const UK_REGIONS: readonly UkRegion[] = ["ENGLAND_WALES", "SCOTLAND", "NORTHERN_IRELAND"];

const STOPS_FOR: Record<Regime, readonly PauseReason[]> = {
  // The organization's own period: it waits for what it needs to act (identity, fee, what is asked for).
  DEFAULT: ["IDENTITY", "FEE", "CLARIFICATION", "LARGE_VOLUME_CLARIFICATION"],
  CUSTOM: ["IDENTITY", "FEE", "CLARIFICATION", "LARGE_VOLUME_CLARIFICATION"],
  // GDPR art. 12(6): a controller with reasonable doubts may ask for identity; EDPB Guidelines 01/2022 on
  // the right of access let that wait stop the month. A fee is only for further copies (art. 15(3)) and
  // clarification does not stop the month (art. 12(3) runs "from receipt"): the earlier date.
  GDPR: ["IDENTITY"],
  // ICO, "Right of access": the clock stops while waiting for ID, a fee, or clarification of a request
  // covering a large amount of information (DPA 2018 s 54 as amended by the Data (Use and Access) Act 2025).
  UK: ["IDENTITY", "FEE", "LARGE_VOLUME_CLARIFICATION"],
  // Cal. Civ. Code §1798.130(a)(2) and CCPA Regs §7021(b): 45 days from receipt, whatever the business waits for.
  CCPA: [],
  CCPA_OPT_OUT: [],
  // Privacy Act 2020 s 44(1): 20 working days "after the day on which the request is received"; the Act
  // names no pause for identity (s 57) or clarification (s 42), so the earlier date: none stops it.
  NZ: [],
  // LGPD art. 19 II: 15 days "contado da data do requerimento do titular"; no pause in the text.
  LGPD: [],
};

/** Whether waiting on the subject for `reason` stops `regime`'s clock; no reason = stops as it always did. */
export function clockStopsFor(regime: Regime, reason: PauseReason | undefined): boolean {
  if (reason === undefined) return pausesStopClock(regime);
  return STOPS_FOR[regime].includes(reason);
}
