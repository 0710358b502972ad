import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractLinks, waitForEmail as waitForEmailInDir } from "../../e2e/support/mailbox";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";

describe("SMTP sink", () => {
  let sink: SmtpSink;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "rightsdesk-mail-"));
    sink = await startSmtpSink({ dir });
    process.env.E2E_MAIL_DIR = dir;
  });
  afterAll(async () => {
    await sink.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("receives mail over real SMTP and finds it by recipient and subject", async () => {
    const transport = nodemailer.createTransport(sink.url);
    const since = new Date();
    await transport.sendMail({
      from: "Rightsdesk <no-reply@rightsdesk.localhost>",
      to: "Ada <Ada@Example.com>",
      bcc: "audit@example.com",
      subject: "Confirm your request",
      text: "Confirm here: https://portal.test/opsiq/verify?token=abc123.\nThanks.",
      html: "<p>Confirm <a href='https://portal.test/opsiq/verify?token=abc123'>here</a></p>",
    });
    transport.close();

    const email = await sink.waitForEmail({ to: "ada@example.com", subjectIncludes: "Confirm", since, timeoutMs: 5000 });
    expect(email.subject).toBe("Confirm your request");
    expect(email.from).toContain("no-reply@rightsdesk.localhost");
    expect(email.html).toContain("<a href");
    expect(extractLinks(email.text)).toEqual(["https://portal.test/opsiq/verify?token=abc123"]);
    // Bcc recipients are only in the SMTP envelope, which the sink keeps.
    expect((await sink.waitForEmail({ to: "audit@example.com", timeoutMs: 1000 })).subject).toBe("Confirm your request");

    // Another process finds the same message in the .eml files.
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".eml"))).toHaveLength(1);
    const fromDir = await waitForEmailInDir({ to: "ada@example.com", subjectIncludes: "Confirm", timeoutMs: 1000 });
    expect(fromDir.text).toBe(email.text);
    expect(fromDir.receivedAt).toEqual(email.receivedAt);
  });

  it("says what did arrive when the awaited email does not", async () => {
    await expect(sink.waitForEmail({ to: "nobody@example.com", timeoutMs: 300 })).rejects.toThrow(
      /No email to nobody@example.com arrived within 300 ms\. Received 1:\n  - to ada@example.com, audit@example.com: "Confirm your request"/,
    );
  });
});
