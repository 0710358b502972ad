// OpsDuty AS, from its privacy policy of July 22, 2024 (shared/seeds/001_a6203b461fe11055.txt).
import type { SeedOrganization } from "@/lib/organizations/seed-types";

export const opsduty: SeedOrganization = {
  source: "001_a6203b461fe11055.txt",
  slug: "opsduty",
  name: "OpsDuty",
  legalName: "OpsDuty AS", // intro: "OpsDuty AS ("OpsDuty")"
  website: "https://www.opsduty.io", // intro: the policy "is always accessible at https://www.opsduty.io/privacy"
  policyUrl: "https://www.opsduty.io/privacy",
  // Every address in the published text is Cloudflare-obfuscated ("[email protected]") and the real one
  // appears nowhere else, so this is a reserved .example placeholder, not a guess at OpsDuty's mailbox.
  // Replace it with the real privacy address before relying on this tenant.
  privacyEmail: "privacy@opsduty.example",
  // No postal address: §6 only says "OpsDuty is based in Norway".
  country: "NO", // §6 "based in Norway"
  regulatorName: "Norwegian Data Protection Authority (Datatilsynet)", // §7
  regulatorUrl: "https://www.datatilsynet.no/en", // §7, the address the policy gives
  // intro: "the data protection law of the Kingdom of Norway, the EU General Data Protection Regulation
  // no. 2016/679 and UK GDPR (collectively, the "GDPR") as incorporated in Norwegian law".
  laws: ["Norwegian data protection law", "EU General Data Protection Regulation (EU) 2016/679", "UK GDPR"],
  regimes: ["GDPR", "UK"],
  // §7: disclosure, correction, "blocking or deletion", objection "under certain conditions", data portability.
  requestTypes: ["ACCESS", "CORRECTION", "DELETION", "EXPORT", "RESTRICTION", "OBJECTION"],
  timeZone: "Europe/Oslo",
  defaultJurisdiction: "NO",
  // §5's "within 30 days" is when deletion starts after a request; no other response time is promised.
  responseDays: 30,
  relationships: [
    {
      key: "account-holder",
      label: "I have an OpsDuty account",
      // §1.1: "OpsDuty is the data controller for the personal data of our service users".
      description: "You registered as a customer or user: your profile, company, contact and billing details.",
      queue: "CONTROLLER",
    },
    {
      key: "newsletter-subscriber",
      label: "I get OpsDuty's newsletter or service status emails",
      description: "You signed up for the newsletter or service status updates by email.", // §1.1
      queue: "CONTROLLER",
    },
    {
      key: "contacted-opsduty",
      label: "I contacted OpsDuty or asked for support",
      description: "You sent a support request or wrote to OpsDuty by email or on social media.", // §1.3
      queue: "CONTROLLER",
    },
    {
      key: "customer-integration",
      label: "My information reached OpsDuty through a customer's integration",
      // §1.2: data entering through customers' API integrations; "OpsDuty is only a processor of data on
      // behalf of the user and not the data controller".
      description:
        "Companies connect tools such as error tracking, infrastructure monitoring, chat and documentation to OpsDuty. OpsDuty handles what arrives only on that company's behalf.",
      queue: "PROCESSOR",
      controllerPrompt: "Which company uses OpsDuty with your information?",
    },
  ],
};
