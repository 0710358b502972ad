// The outbox against a real SMTP server: delivery, an outage that loses nothing, giving up, and two
// dispatchers that never send one email twice.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestOrganization } from "@/lib/testing/test-organization";
import { startSmtpSink, type SmtpSink } from "@/lib/testing/smtp-sink";
import { dispatchOutbox, MAX_ATTEMPTS, retryDelayMs } from "./dispatch-outbox";
import { enqueueEmail, enqueueEmails } from "./enqueue-email";

let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url; // read once, on first use, by lib/env
});
afterAll(async () => {
  await sink?.close();
});

async function enqueue(subject = `Test ${randomUUID()}`) {
  const db = await getDb();
  await db.$transaction((tx) => enqueueEmail(tx, { to: "subject@example.nz", subject, text: "Hello from the outbox" }));
  return db.outboxEmail.findFirstOrThrow({ where: { subject } });
}

/** Dispatch until nothing due is left (other test files may share the database). */
async function drain(now: Date) {
  for (let i = 0; i < 20; i++) if ((await dispatchOutbox({ now, limit: 100 })).claimed === 0) return;
}

const received = (subject: string) => sink.messages().filter((m) => m.subject === subject);

describe("dispatchOutbox", () => {
  it("delivers emails written as a batch, each as written, with or without an organization and HTML", async () => {
    const db = await getDb();
    const { id: organizationId } = await createTestOrganization(db);
    const batch = randomUUID();
    await db.$transaction((tx) =>
      enqueueEmails(tx, [
        { organizationId, to: "officer-1@example.nz", subject: `Digest 1 ${batch}`, text: "First, plain", html: "<p>First, <b>rich</b></p>" },
        { to: "officer-2@example.nz", subject: `Digest 2 ${batch}`, text: "Second: a 'quote', a \"double\", {braces}, NULL" },
      ]),
    );
    const written = await db.outboxEmail.findMany({ where: { subject: { endsWith: batch } }, orderBy: { subject: "asc" } });
    expect(written.map((e) => [e.organizationId, e.toAddress, e.htmlBody, e.status])).toEqual([
      [organizationId, "officer-1@example.nz", "<p>First, <b>rich</b></p>", "PENDING"],
      [null, "officer-2@example.nz", null, "PENDING"],
    ]);
    await drain(new Date());
    expect(received(`Digest 1 ${batch}`)[0]?.text.trim()).toBe("First, plain");
    expect(received(`Digest 2 ${batch}`)[0]?.text.trim()).toBe("Second: a 'quote', a \"double\", {braces}, NULL");
  });

  it("delivers a pending email over SMTP and records it", async () => {
    const email = await enqueue();
    await drain(new Date());
    const [message] = received(email.subject);
    expect(message?.to).toContain("subject@example.nz");
    expect(message?.text.trim()).toBe("Hello from the outbox");
    const db = await getDb();
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({
      status: "SENT",
      attempts: 1,
      transport: "smtp",
      lastError: null,
    });
  });

  it("keeps an email through an SMTP outage and delivers it once the server is back", async () => {
    const db = await getDb();
    const port = sink.port;
    await sink.close();
    const email = await enqueue();
    const t0 = new Date();
    await drain(t0);

    const failed = await db.outboxEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failed.nextAttemptAt.getTime()).toBe(t0.getTime() + retryDelayMs(1));

    sink = await startSmtpSink({ port });
    await drain(new Date(t0.getTime() + retryDelayMs(1) - 1000)); // not due yet
    expect(received(email.subject)).toHaveLength(0);
    await drain(new Date(t0.getTime() + retryDelayMs(1)));
    expect(received(email.subject)).toHaveLength(1);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it(`gives up after ${MAX_ATTEMPTS} failed attempts and says so`, async () => {
    const db = await getDb();
    const port = sink.port;
    await sink.close();
    const email = await enqueue();
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await drain(now);
      now = new Date(now.getTime() + retryDelayMs(attempt));
    }
    sink = await startSmtpSink({ port });
    await drain(new Date(now.getTime() + 86_400_000));
    expect(received(email.subject)).toHaveLength(0);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
  });

  it("never sends an email twice when two dispatchers run at once", async () => {
    const emails = await Promise.all(Array.from({ length: 6 }, () => enqueue()));
    const now = new Date();
    await Promise.all([drain(now), drain(now)]);
    for (const email of emails) expect(received(email.subject)).toHaveLength(1);
  });
});
