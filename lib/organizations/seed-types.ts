// The shape of a demo organization in prisma/seed-data: what its published privacy policy states.
import type { Queue, Regime, RequestType } from "@/lib/db/generated/enums";

export type SeedRelationship = {
  key: string;
  label: string;
  description?: string;
  queue: Queue;
  /** For PROCESSOR relationships: the question that asks which customer (controller) it was. */
  controllerPrompt?: string;
};

export type SeedOrganization = {
  /** Source file in ../shared/seeds, for traceability. */
  source: string;
  slug: string;
  name: string;
  legalName: string;
  tagline?: string;
  website?: string;
  policyUrl?: string;
  privacyEmail: string;
  privacyContactName?: string;
  postalAddress?: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  regulatorName?: string;
  regulatorUrl?: string;
  laws: string[];
  regimes: Regime[];
  requestTypes: RequestType[];
  timeZone: string;
  defaultJurisdiction: string;
  responseDays: number;
  relationships: SeedRelationship[];
};
