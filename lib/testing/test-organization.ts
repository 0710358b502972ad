// Each integration test makes its own organization under a random slug, so tests can run in parallel
// against one database and never need to reset it.
import { randomBytes } from "node:crypto";
import type { PrismaClient, Tx } from "../db/client";
import type { Prisma, Regime, RequestType } from "../db/generated/client";
import type { SeedRelationship } from "../organizations/seed-types";

export type TestOrganizationOverrides = Partial<
  Omit<Prisma.OrganizationCreateInput, "relationships" | "requests" | "memberships" | "counters" | "laws" | "regimes" | "requestTypes">
> & {
  laws?: string[];
  regimes?: Regime[];
  requestTypes?: RequestType[];
  /** Replaces the default pair (one CONTROLLER, one PROCESSOR relationship). */
  relationships?: SeedRelationship[];
};

export const TEST_RELATIONSHIPS: SeedRelationship[] = [
  {
    key: "customer",
    label: "I have an account or bought from us",
    description: "Customers, users and people who contacted us.",
    queue: "CONTROLLER",
  },
  {
    key: "customers-end-user",
    label: "I used a service run by one of our customers",
    description: "We process this data for our customers.",
    queue: "PROCESSOR",
    controllerPrompt: "Which of our customers' services did you use?",
  },
];

/** Creates an organization with a unique `t-<random>` slug, both relationship kinds and the core request types. */
export async function createTestOrganization(db: PrismaClient | Tx, overrides: TestOrganizationOverrides = {}) {
  const suffix = randomBytes(5).toString("hex");
  const slug = overrides.slug ?? `t-${suffix}`;
  const { relationships = TEST_RELATIONSHIPS, ...fields } = overrides;
  return db.organization.create({
    data: {
      name: `Test Org ${suffix}`,
      legalName: `Test Org ${suffix} Limited`,
      privacyEmail: `privacy@${slug}.example.com`,
      privacyContactName: "Privacy Officer",
      postalAddress: "1 Test Street, Wellington 6011, New Zealand",
      country: "NZ",
      regulatorName: "Office of the Privacy Commissioner",
      regulatorUrl: "https://www.privacy.org.nz",
      laws: ["Privacy Act 2020"],
      regimes: ["NZ"],
      requestTypes: ["ACCESS", "CORRECTION", "DELETION", "EXPORT"],
      timeZone: "Pacific/Auckland",
      defaultJurisdiction: "NZ",
      // Its own promise, 20 calendar days, for subjects outside New Zealand; NZ subjects get the Act's clock.
      regime: "CUSTOM",
      responseDays: 20,
      ...fields,
      slug,
      relationships: { create: relationships.map((r, position) => ({ ...r, position })) },
    },
    include: { relationships: { orderBy: { position: "asc" } } },
  });
}

export type TestOrganization = Awaited<ReturnType<typeof createTestOrganization>>;
