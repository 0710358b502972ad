// OpsIQ, from its privacy policy (shared/seeds/004_e73b3c280193c0df.txt, marked "a working draft"). It
// names no legal entity or regulator, and its mailing address is a pointer: "see About for our company details".
import type { SeedOrganization } from "@/lib/organizations/seed-types";

export const opsiq: SeedOrganization = {
  source: "004_e73b3c280193c0df.txt",
  slug: "opsiq",
  name: "OpsIQ",
  legalName: "OpsIQ", // no legal entity is named
  // §1: "the AI operating layer that we provide as a service to our customers" (chat, tickets, analytics, actions).
  tagline: "The AI operating layer for websites",
  privacyEmail: "privacy@opsiqai.com", // §7 and §12 "Privacy questions: privacy@opsiqai.com"
  // No address. Of the laws it names (§7) only the CCPA has a single national home.
  country: "US",
  laws: ["EU General Data Protection Regulation (GDPR)", "California Consumer Privacy Act (CCPA)"], // §7 "Under GDPR, CCPA and equivalents"
  regimes: ["GDPR", "CCPA"],
  // §7: "access, correct, export, restrict, object to processing, or delete"; opting out of sale/sharing
  // comes with the CCPA it names.
  requestTypes: ["ACCESS", "CORRECTION", "DELETION", "EXPORT", "RESTRICTION", "OBJECTION", "OPT_OUT_SALE"],
  timeZone: "America/Los_Angeles", // no address: from the CCPA, the California law it names
  defaultJurisdiction: "US-CA", // the CCPA is the only US law named
  responseDays: 30, // §7 "we respond within 30 days"
  // §1: controller for "the marketing site, your account information and your billing relationship"; processor
  // "when their visitors and end-users interact with OpsIQ-powered chat, tickets, analytics or actions".
  relationships: [
    {
      key: "account-holder",
      label: "I have an OpsIQ account",
      // §7 "Export & delete are available self-serve from your Account → Privacy."
      description: "You signed up for OpsIQ Cloud or Self-Hosted or are billed for it. You can also export or delete your data yourself under Account → Privacy.",
      queue: "CONTROLLER",
    },
    {
      key: "website-chat",
      label: "I chatted with a website that uses OpsIQ",
      description: "Chat conversations and support tickets on a website that runs OpsIQ. OpsIQ handles them on that website's behalf.",
      queue: "PROCESSOR",
      controllerPrompt: "Which website did you use?",
    },
    {
      key: "website-visitor",
      label: "I visited a website that uses OpsIQ",
      // §2 "Visitor analytics: IP, user-agent, session ID, pages visited, country/city (from IP), device, …"
      description: "Visitor analytics such as your IP address, device, pages visited and approximate location, collected for that website.",
      queue: "PROCESSOR",
      controllerPrompt: "Which website did you visit?",
    },
    {
      key: "marketing-site-visitor",
      label: "I visited the OpsIQ website",
      description: "Essential cookies and your cookie-consent choice on OpsIQ's own site.", // §2 "Cookies & similar technologies"
      queue: "CONTROLLER",
    },
  ],
};
