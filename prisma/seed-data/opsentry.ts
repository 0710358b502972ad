// Opsentry, from its privacy policy of May 23, 2026 (shared/seeds/003_d3360b5792be8c3f.txt). The policy
// names no legal entity, address or regulator.
import type { SeedOrganization } from "@/lib/organizations/seed-types";

export const opsentry: SeedOrganization = {
  source: "003_d3360b5792be8c3f.txt",
  slug: "opsentry",
  name: "Opsentry",
  legalName: "Opsentry", // no legal entity is named
  tagline: "Status pages and incident notifications", // §2 "deliver status pages, send incident notifications"
  website: "https://opsentry.io", // intro: "when you use opsentry.io and the Opsentry service"
  privacyEmail: "privacy@opsentry.io", // §10 "Privacy questions: privacy@opsentry.io."
  // No address. Of the laws it names (§5) only the CCPA has a single national home; §7 relies on EU standard
  // contractual clauses to reach its infrastructure, so that sits outside the EU.
  country: "US",
  laws: ["EU General Data Protection Regulation (GDPR)", "UK GDPR", "California Consumer Privacy Act (CCPA)"], // §5
  regimes: ["GDPR", "UK", "CCPA"],
  // §5: "access, correct, export, or delete … and to object"; restriction comes with the GDPR and opting
  // out of sale/sharing with the CCPA, although §2 says it does not sell data.
  requestTypes: ["ACCESS", "CORRECTION", "DELETION", "EXPORT", "RESTRICTION", "OBJECTION", "OPT_OUT_SALE"],
  timeZone: "America/Los_Angeles", // no address: from the CCPA, the California law it names
  defaultJurisdiction: "US-CA", // the CCPA is the only US law named
  responseDays: 30, // §5 "we will respond within 30 days"
  relationships: [
    {
      key: "account-holder",
      label: "I have an Opsentry account",
      description: "You signed up or were invited to a team: your name, email and organization.", // §1, §2
      queue: "CONTROLLER",
    },
    {
      key: "status-page-subscriber",
      label: "I subscribed to a status page that runs on Opsentry",
      // §1 "Service content — … subscriber lists" is customer content, and §3 calls Opsentry's vendors
      // "subprocessors": Opsentry keeps those lists for its customers.
      description: "Companies publish status pages on Opsentry and keep their subscriber lists there; Opsentry sends their incident notifications.",
      queue: "PROCESSOR",
      controllerPrompt: "Which company's status page did you subscribe to?",
    },
    {
      key: "website-visitor",
      label: "I visited opsentry.io",
      description: "Google Analytics on the opsentry.io marketing homepage.", // §1 "Marketing-site analytics"
      queue: "CONTROLLER",
    },
  ],
};
