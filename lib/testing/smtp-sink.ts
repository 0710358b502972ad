// A real SMTP server for tests: the app delivers to it over SMTP exactly as it would to a provider, and
// tests read what arrived. With `dir`, every message is also saved as an .eml file so that processes
// other than the one running the sink (Playwright workers) can read the mail too.
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

// Added on top of each stored message, like the Delivered-To an MTA adds, so an .eml keeps its envelope.
const ENVELOPE_TO = "X-Sink-Envelope-To";
const RECEIVED_AT = "X-Sink-Received-At";

export type ReceivedEmail = {
  /** Recipients, lowercased: the SMTP envelope's plus those in the To and Cc headers. */
  to: string[];
  /** The From header as text, e.g. `Rightsdesk <no-reply@rightsdesk.localhost>`. */
  from: string;
  subject: string;
  text: string;
  html: string | null;
  receivedAt: Date;
  parsed: ParsedMail;
};

export type EmailQuery = {
  to: string;
  subjectIncludes?: string;
  /** Only mail received at or after this moment (e.g. to wait for a second, resent email). */
  since?: Date;
  timeoutMs?: number;
};

export type SmtpSink = {
  port: number;
  url: string;
  /** Everything received so far, oldest first. */
  messages(): ReceivedEmail[];
  /** The newest matching email, waiting for it to arrive; throws listing what did arrive on timeout. */
  waitForEmail(query: EmailQuery): Promise<ReceivedEmail>;
  close(): Promise<void>;
};

function addresses(header: AddressObject | AddressObject[] | undefined): string[] {
  const list = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return list.flatMap((h) => h.value.flatMap((a) => [a.address, ...(a.group ?? []).map((g) => g.address)]))
    .filter((a): a is string => Boolean(a));
}

/** Parses a message as stored by the sink (raw RFC 5322 with the sink's envelope headers on top). */
export async function parseEmail(raw: Buffer | string): Promise<ReceivedEmail> {
  const parsed = await simpleParser(raw);
  const header = (name: string) => {
    const value = parsed.headers.get(name.toLowerCase());
    return typeof value === "string" ? value : "";
  };
  const envelope = header(ENVELOPE_TO).split(",").map((a) => a.trim()).filter(Boolean);
  const to = [...new Set([...envelope, ...addresses(parsed.to), ...addresses(parsed.cc)].map((a) => a.toLowerCase()))];
  const receivedAt = header(RECEIVED_AT) ? new Date(header(RECEIVED_AT)) : (parsed.date ?? new Date(0));
  return {
    to,
    from: parsed.from?.text ?? "",
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : null,
    receivedAt,
    parsed,
  };
}

export function emailMatches(email: ReceivedEmail, query: EmailQuery): boolean {
  return (
    email.to.includes(query.to.trim().toLowerCase()) &&
    (query.subjectIncludes === undefined || email.subject.includes(query.subjectIncludes)) &&
    (query.since === undefined || email.receivedAt >= query.since)
  );
}

/** Polls `list` until an email matches; the newest match wins. */
export async function pollForEmail(list: () => Promise<ReceivedEmail[]> | ReceivedEmail[], query: EmailQuery): Promise<ReceivedEmail> {
  const timeoutMs = query.timeoutMs ?? 15_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const emails = await list();
    const match = emails.filter((e) => emailMatches(e, query)).at(-1);
    if (match) return match;
    if (Date.now() >= deadline) {
      const wanted = `to ${query.to}${query.subjectIncludes ? ` with a subject containing "${query.subjectIncludes}"` : ""}`;
      const seen = emails.map((e) => `\n  - to ${e.to.join(", ")}: "${e.subject}" (${e.receivedAt.toISOString()})`).join("");
      throw new Error(`No email ${wanted} arrived within ${timeoutMs} ms. Received ${emails.length}:${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts the sink on 127.0.0.1 (`port` 0 or unset: any free port). No TLS, no auth: it accepts everything. */
export async function startSmtpSink(options: { port?: number; dir?: string } = {}): Promise<SmtpSink> {
  const received: ReceivedEmail[] = [];
  let count = 0;
  if (options.dir) fs.mkdirSync(options.dir, { recursive: true });

  const store = async (message: Buffer, envelopeTo: string[]) => {
    const receivedAt = new Date();
    const raw = Buffer.concat([
      Buffer.from(`${ENVELOPE_TO}: ${envelopeTo.join(", ")}\r\n${RECEIVED_AT}: ${receivedAt.toISOString()}\r\n`),
      message,
    ]);
    const email = await parseEmail(raw);
    if (options.dir) {
      const file = path.join(options.dir, `${receivedAt.getTime()}-${String(++count).padStart(4, "0")}.eml`);
      // Written under another name first, so a reader polling the directory never sees half a message.
      fs.writeFileSync(`${file}.partial`, raw);
      fs.renameSync(`${file}.partial`, file);
    }
    received.push(email);
  };

  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    banner: "Rightsdesk test SMTP sink",
    closeTimeout: 500,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        store(Buffer.concat(chunks), session.envelope.rcptTo.map((a) => a.address)).then(() => callback(), callback);
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  // Errors after start-up (a client dropping mid-message) must not crash the test process.
  server.on("error", () => {});
  const { port } = server.server.address() as AddressInfo;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages: () => [...received],
    waitForEmail: (query) => pollForEmail(() => received, query),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
