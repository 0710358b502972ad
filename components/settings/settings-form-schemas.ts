// The schema each settings form checks with in the browser, by name (a page cannot hand a zod schema to a
// client component); the server actions parse with the same schemas (lib/organizations/settings-schemas.ts).
import type { z } from "zod";
import {
  createOrganizationSchema,
  customerSchema,
  deadlinePolicySchema,
  logoSchema,
  profileSchema,
  relationshipSchema,
  requestTypesSchema,
} from "@/lib/organizations/settings-schemas";

export const SETTINGS_SCHEMAS = {
  profile: profileSchema,
  logo: logoSchema,
  requestTypes: requestTypesSchema,
  relationship: relationshipSchema,
  customer: customerSchema,
  deadlinePolicy: deadlinePolicySchema,
  createOrganization: createOrganizationSchema,
} satisfies Record<string, z.ZodType>;

export type SettingsSchemaKey = keyof typeof SETTINGS_SCHEMAS | "none";
