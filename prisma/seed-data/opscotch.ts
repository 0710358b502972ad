// Opscotch Limited, from its "Privacy and Telemetry Notice" (shared/seeds/000_54eec095b37c1439.txt).
import type { SeedOrganization } from "@/lib/organizations/seed-types";

export const opscotch: SeedOrganization = {
  source: "000_54eec095b37c1439.txt",
  slug: "opscotch",
  name: "Opscotch",
  legalName: "Opscotch Limited", // §16 "Legal entity: Opscotch Limited"
  website: "https://www.opscotch.co", // intro: the Notice covers "visitors to https://www.opscotch.co"
  privacyEmail: "privacy@opscotch.co", // §16 "Privacy contact: privacy@opscotch.co"
  postalAddress: "Level 4 Dominion building, 78 Victoria Street, Wellington 6011, New Zealand", // §16 "Address"
  country: "NZ",
  regulatorName: "Office of the Privacy Commissioner", // §16 "complain to … the Office of the Privacy Commissioner in New Zealand"
  regulatorUrl: "https://www.privacy.org.nz",
  laws: ["Privacy Act 2020 (New Zealand)"], // §11 "For New Zealand individuals, the Privacy Act 2020 …"
  regimes: ["NZ"],
  // §11: access, correction, deletion "in some circumstances", and "object to or restrict certain processing".
  requestTypes: ["ACCESS", "CORRECTION", "DELETION", "EXPORT", "RESTRICTION", "OBJECTION"],
  timeZone: "Pacific/Auckland", // Wellington
  defaultJurisdiction: "NZ",
  responseDays: 30, // the Notice promises no response time
  // The Notice covers (intro): website visitors; prospects, customers, resellers and partners; people who
  // contact Opscotch; administrators and users of its products; telemetry from self-hosted deployments.
  // No processor relationship: §1 and §3 say workflow data stays inside the customer's environment, and
  // material sent for support "will be handled under this Notice" (as controller).
  relationships: [
    {
      key: "customer-or-partner",
      label: "I am a contact at an Opscotch customer, reseller or partner",
      description: "You are named on an order, subscription, invoice, licence or partner agreement.", // §2.2
      queue: "CONTROLLER",
    },
    {
      key: "product-user",
      label: "I administer or use an Opscotch product",
      // §2.3, §1: telemetry "may … be linked to an individual administrator or customer contact".
      description:
        "You are a licence owner, administrator or user. This includes licence telemetry from self-hosted deployments that can be linked to you.",
      queue: "CONTROLLER",
    },
    {
      key: "contacted-opscotch",
      label: "I contacted Opscotch",
      description: "You sent a contact form, demo request, sales inquiry or support request, or registered for an event.", // §2.1, §2.4
      queue: "CONTROLLER",
    },
    {
      key: "website-visitor",
      label: "I visited opscotch.co",
      description: "Cookies and website analytics.", // §2.5
      queue: "CONTROLLER",
    },
  ],
};
