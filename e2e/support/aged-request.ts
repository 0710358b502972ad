// The request scripts/e2e-arrange.ts writes before the app starts: closed 100 days ago, so its status link
// (the one its confirmation gave) has expired. Only e2e/status-link.spec.ts uses it.
import fs from "node:fs";
import path from "node:path";
import { mailDir } from "./mailbox";

export const AGED_REQUEST = { orgSlug: "opscotch", relationship: "customer-or-partner", email: "aged-subject@example.nz" } as const;

/** Beside the mail the SMTP sink saves (E2E_MAIL_DIR), which both the server and the specs know. */
export function agedRequestFile(): string {
  return path.join(mailDir(), "aged-request.json");
}

export function readAgedRequest(): { reference: string; statusToken: string } {
  return JSON.parse(fs.readFileSync(agedRequestFile(), "utf8"));
}
