// What a subject is told about time before anyone computed a date: the law their request falls under and the
// period it gives (promised-response-time.ts), for the request they sent or, on the portal, for each law the
// organization applies.
import type { Organization, RequestType } from "@/lib/db/generated/client";
import type { Regime } from "@/lib/db/generated/enums";
import { promisedResponseTime, type Period } from "@/lib/organizations/promised-response-time";
import { regimeFor } from "./request-deadline";

type PromiseOrg = Pick<Organization, "regime" | "regimes" | "responseDays" | "responseBusinessDays">;

export type PromisedLaw = { regime: Regime; period: Period };

/** The law and period of a request from `jurisdiction` of `type`. */
export function promisedLawFor(org: PromiseOrg, request: { jurisdiction: string; type: RequestType }): PromisedLaw {
  const regime = regimeFor(org, request);
  return { regime, period: promisedResponseTime({ ...org, regime }) };
}

/**
 * The portal's "how long it takes": each law the organization applies with its period, then the organization's
 * own rule for everyone else (`regime: null`). Without laws, only the organization's own.
 */
export function promisedLaws(org: PromiseOrg): { regime: Regime | null; period: Period }[] {
  const laws = org.regimes.filter((r) => r !== "DEFAULT" && r !== "CUSTOM");
  return [
    ...laws.map((regime) => ({ regime, period: promisedResponseTime({ ...org, regime }) })),
    { regime: null, period: promisedResponseTime(org) },
  ];
}
