// Reads the emails the app sent during an e2e run: scripts/e2e-server.ts runs the SMTP sink, which saves
// each message as an .eml file in E2E_MAIL_DIR (set by playwright.config.ts).
import fs from "node:fs";
import path from "node:path";
import { parseEmail, pollForEmail, type EmailQuery, type ReceivedEmail } from "../../lib/testing/smtp-sink";

export type { ReceivedEmail };

export function mailDir(): string {
  return path.resolve(process.env.E2E_MAIL_DIR ?? path.join("test-results", "mail"));
}

// Parsed once per file: a spec may poll the directory many times.
const parsedFiles = new Map<string, ReceivedEmail>();

async function readMailbox(): Promise<ReceivedEmail[]> {
  const dir = mailDir();
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".eml")).sort() : [];
  const emails: ReceivedEmail[] = [];
  for (const file of files) {
    const fullPath = path.join(dir, file);
    let email = parsedFiles.get(fullPath);
    if (!email) {
      email = await parseEmail(fs.readFileSync(fullPath));
      parsedFiles.set(fullPath, email);
    }
    emails.push(email);
  }
  return emails;
}

/** Waits for the newest email to `to` (and with `subjectIncludes` in its subject) that the app sent. */
export function waitForEmail(query: EmailQuery): Promise<ReceivedEmail> {
  return pollForEmail(readMailbox, query);
}

/** The http(s) URLs in an email body, in order, without trailing punctuation. */
export function extractLinks(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"')\]]+/g)].map((m) => m[0].replace(/[.,;:!?]+$/, ""));
}
