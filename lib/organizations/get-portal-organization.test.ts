// The portal's view of an organization, read with one raw statement: every field in the type it promises.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestOrganization, TEST_RELATIONSHIPS } from "@/lib/testing/test-organization";
import { getPortalOrganization } from "./get-portal-organization";

describe("getPortalOrganization", () => {
  it("reads every field of the organization's public face, relationships in their order", async () => {
    const db = await getDb();
    const org = await createTestOrganization(db, { website: "javascript:alert(1)", policyUrl: "https://example.nz/privacy", accentColor: "#1b4a7a" });
    expect(await getPortalOrganization(org.slug)).toEqual({
      id: org.id,
      slug: org.slug,
      name: org.name,
      legalName: org.legalName,
      tagline: null,
      website: null,
      policyUrl: "https://example.nz/privacy",
      privacyEmail: org.privacyEmail,
      privacyContactName: "Privacy Officer",
      postalAddress: "1 Test Street, Wellington 6011, New Zealand",
      country: "NZ",
      countryName: "New Zealand",
      regulatorName: "Office of the Privacy Commissioner",
      regulatorUrl: "https://www.privacy.org.nz/",
      laws: ["Privacy Act 2020"],
      requestTypes: ["ACCESS", "CORRECTION", "DELETION", "EXPORT"],
      timeZone: "Pacific/Auckland",
      locale: "en",
      defaultJurisdiction: "NZ",
      responseDays: 20,
      regime: "CUSTOM",
      regimes: ["NZ"],
      responseBusinessDays: false,
      verificationTtlHours: 24,
      accentColor: "#1b4a7a",
      logoVersion: null,
      relationships: TEST_RELATIONSHIPS.map((r, i) => ({
        id: org.relationships[i]!.id,
        key: r.key,
        label: r.label,
        description: r.description ?? null,
        queue: r.queue,
        controllerPrompt: r.controllerPrompt ?? null,
      })),
    });
  });

  it("is null for an unknown or malformed slug", async () => {
    expect(await getPortalOrganization("no-such-organization")).toBeNull();
    expect(await getPortalOrganization("'; DROP TABLE \"Organization\"; --")).toBeNull();
  });
});
