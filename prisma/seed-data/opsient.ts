// Opsient, from its privacy policy of March 29, 2026 (shared/seeds/002_f64d0480a8420660.txt). The published
// text names no legal entity, address, regulator or website, and its lists (what is collected, the rights,
// retention) are empty under their headings.
import type { SeedOrganization } from "@/lib/organizations/seed-types";

export const opsient: SeedOrganization = {
  source: "002_f64d0480a8420660.txt",
  slug: "opsient",
  name: "Opsient",
  legalName: "Opsient", // no legal entity is named; "Opsient" is the only name the policy uses
  tagline: "Incident management platform", // intro: "our incident management platform and related services"
  privacyEmail: "privacy@opsient.com", // §6 and §11
  // No address. §9: data of people "outside the United States … may be transferred to and processed in the
  // United States", so the service runs in the US.
  country: "US",
  // No regulator named: §11 only says "your local data protection authority".
  laws: ["EU General Data Protection Regulation (GDPR)"], // §6 "Your Rights (GDPR)"
  regimes: ["GDPR", "UK"], // §6 addresses people "located in the European Economic Area (EEA), United Kingdom"
  // §6's list of rights is empty in the published text; these are the rights of the GDPR it names.
  requestTypes: ["ACCESS", "CORRECTION", "DELETION", "EXPORT", "RESTRICTION", "OBJECTION"],
  timeZone: "UTC", // no city or state is stated, and GDPR points to no single time zone
  // The portal's list splits the US into states and none is stated; California is a choice, not a fact.
  defaultJurisdiction: "US-CA",
  responseDays: 30, // §6 "We will respond to your request within 30 days."
  relationships: [
    {
      key: "account-holder",
      label: "I have an Opsient account",
      description: "You created an account or are billed for the Service.", // §1.1, §4 (Stripe billing)
      queue: "CONTROLLER",
    },
    {
      key: "customer-incident-data",
      label: "My information is in incident data of a company that uses Opsient",
      // §1.2, §3.2, §3.3: customers submit incident data ("Customer Data"); Opsient stores it for cloud-hosted
      // deployments and has no access to self-hosted ones.
      description:
        "Companies record incidents and operational data in Opsient. In cloud-hosted deployments Opsient stores it for them; self-hosted deployments keep it on the company's own servers, where Opsient cannot see it.",
      queue: "PROCESSOR",
      controllerPrompt: "Which company uses Opsient with your information?",
    },
  ],
};
