// The one registry of deadline regimes. Everything that lists, names, maps or explains a regime derives it
// from here: the engine (lib/deadlines/index.ts), settings, labels, the jurisdiction mapping and the
// portal's promised time. Adding a law: see docs/ARCHITECTURE.md, "Adding a law".
import { ccpaRegime } from "./ccpa";
import { ccpaOptOutRegime } from "./ccpa-opt-out";
import { customRegime } from "./custom";
import { defaultRegime } from "./default";
import { gdprRegime } from "./gdpr";
import { lgpdRegime } from "./lgpd";
import { nzRegime } from "./nz";
import type { PauseReason, Regime, RegimeModule } from "./types";
import { ukRegime } from "./uk";

export type * from "./types";
export { PAUSE_REASONS } from "./types";

/**
 * Every regime, keyed by the database enum: a value of the Regime enum without a module here, or a module
 * whose `id` is not its key, does not compile.
 */
export const REGIMES: { readonly [R in Regime]: RegimeModule & { id: R } } = {
  DEFAULT: defaultRegime,
  GDPR: gdprRegime,
  UK: ukRegime,
  CCPA: ccpaRegime,
  CCPA_OPT_OUT: ccpaOptOutRegime,
  NZ: nzRegime,
  LGPD: lgpdRegime,
  CUSTOM: customRegime,
};

/** In the order settings list them. */
export const ALL_REGIMES = Object.keys(REGIMES) as Regime[];

export function regimeModule(regime: Regime): RegimeModule {
  return REGIMES[regime];
}

type NonEmpty<T> = readonly [T, ...T[]];

function nonEmpty<T>(list: T[]): NonEmpty<T> {
  if (list.length === 0) throw new Error("The regime registry lists none");
  return list as unknown as NonEmpty<T>;
}

/** The laws a subject's jurisdiction can bring (an organization applies a subset: `Organization.regimes`). */
export const JURISDICTION_REGIMES: NonEmpty<Regime> = nonEmpty(ALL_REGIMES.filter((r) => REGIMES[r].jurisdictions.length > 0));

/** The rules an organization may choose as its own (every regime but a variant such as the CCPA opt-out clock). */
export const ORGANIZATION_REGIMES: NonEmpty<Regime> = nonEmpty(ALL_REGIMES.filter((r) => REGIMES[r].isOrganizationRule));

const BY_JURISDICTION = new Map<string, Regime>(
  JURISDICTION_REGIMES.flatMap((r) => REGIMES[r].jurisdictions.map((j) => [j, r] as const)),
);

/** The law a subject's jurisdiction brings, if the product knows its clock. */
export function regimeOfJurisdiction(jurisdiction: string): Regime | null {
  return BY_JURISDICTION.get(jurisdiction) ?? null;
}

/** The regime a request of `type` gets under `regime` (a CCPA opt-out of sale or sharing gets its own clock). */
export function regimeForRequestType(regime: Regime, type: string): Regime {
  const variants: Partial<Record<string, Regime>> = REGIMES[regime].variantForType ?? {};
  return variants[type] ?? regime;
}

const UNIT_WORDS = { calendarDay: "calendar days", workingDay: "working days", businessDay: "business days" } as const;

/** The longest extension a law allows, in words ("2 months", "45 calendar days", "none"). */
export function extensionMaxInWords(regime: Regime): string {
  const extension = REGIMES[regime].extension;
  if (extension.unit === null) return "none";
  if (extension.unit === "months") return `${extension.max} months`;
  if (extension.maxInWords) return extension.maxInWords;
  return extension.max === "organization" ? "the organization's maximum" : `${extension.max} ${UNIT_WORDS[extension.count]}`;
}

/**
 * Whether a pause for `reason` stops `regime`'s clock. A pause without a reason (recorded before reasons
 * existed) behaves as pauses always did: it stops every clock but CCPA's.
 */
export function clockStopsFor(regime: Regime, reason: PauseReason | undefined): boolean {
  const module = REGIMES[regime];
  return reason === undefined ? module.reasonlessPauseStops : module.pauses[reason].stops;
}
