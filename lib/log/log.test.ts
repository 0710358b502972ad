// The logger writes one JSON object a line and lets no personal data or secret through.
import { describe, expect, it } from "vitest";
import { errorFields, formatLogLine, redactFields, redactText } from "./log";

const now = new Date("2026-11-26T10:00:00Z");

describe("formatLogLine", () => {
  it("writes time, level, message, request id and allowlisted fields as one JSON line", () => {
    const line = formatLogLine("error", "Outbox dispatch failed", { requestId: "3f0c9a5e-1b2c-4d5e-8f90-a1b2c3d4e5f6", job: "outbox", attempts: 3 }, now);
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      time: "2026-11-26T10:00:00.000Z",
      level: "error",
      msg: "Outbox dispatch failed",
      requestId: "3f0c9a5e-1b2c-4d5e-8f90-a1b2c3d4e5f6",
      job: "outbox",
      attempts: 3,
    });
  });

  it("redacts fields that are not on the allowlist, whatever they hold", () => {
    const line = JSON.parse(formatLogLine("info", "filed", { email: "ana@example.com", name: "Ana", subject: { a: 1 }, count: 2 }, now));
    expect(line).toMatchObject({ email: "[redacted]", name: "[redacted]", subject: "[redacted]", count: 2 });
    expect(JSON.stringify(line)).not.toContain("ana@example.com");
  });

  it("removes email addresses and tokens from messages and from allowed string fields", () => {
    const token = "q8Zr2mW4xY7vB1nC3kL5pQ9sT0uV6wX8yZ2aB4cD6eF";
    const line = formatLogLine("warn", `gave up on email to ana.smith+x@example.co.nz with ${token}`, { code: `rdk_${token}` }, now);
    expect(line).not.toContain("ana.smith");
    expect(line).not.toContain(token);
    expect(JSON.parse(line).msg).toBe("gave up on email to [redacted] with [redacted]");
  });

  it("keeps ids that look like ids and refuses ones that could forge a line", () => {
    expect(redactFields({ userId: "0b9c5f1e-9a43-4d1c-8a57-6a2b0a4b7e11" }).userId).toBe("0b9c5f1e-9a43-4d1c-8a57-6a2b0a4b7e11");
    expect(redactFields({ requestId: "x\n{\"level\":\"info\"}" }).requestId).toBe("[redacted]");
  });

  it("cuts very long messages", () => {
    expect(redactText("a ".repeat(5000)).length).toBeLessThan(2100);
  });
});

describe("errorFields", () => {
  it("gives the error's type and place, never its message", () => {
    const error = new Error('duplicate key value violates unique constraint: Key (email)=(ana@example.com)');
    const fields = errorFields(error);
    expect(fields.errorName).toBe("Error");
    expect(String(fields.where)).toContain("log.test.ts");
    expect(JSON.stringify(fields)).not.toContain("ana@example.com");
  });
});
