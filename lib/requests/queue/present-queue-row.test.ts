import { describe, expect, it } from "vitest";
import type { QueueRow } from "./list-queue";
import { presentQueueRow } from "./present-queue-row";

const row = (status: QueueRow["status"], regime: QueueRow["regime"] = "GDPR", pauseReason: QueueRow["pauseReason"] = null): QueueRow => ({
  id: "8d1f0c3e-1111-4c1e-9e49-2b1c1a7c9f00",
  reference: "OPSIQ-2027-000001",
  type: "ACCESS",
  status,
  queue: "CONTROLLER",
  subjectName: "Aroha Ngata",
  subjectEmail: "aroha@example.nz",
  receivedAt: new Date("2027-03-01T09:00:00Z"),
  dueAt: new Date("2027-03-31T10:59:59.999Z"), // end of 31 Mar in Auckland
  regime,
  pauseReason,
  assignee: null,
});
const context = { orgSlug: "opsiq", timeZone: "Pacific/Auckland", now: new Date("2027-04-02T00:00:00Z"), userId: "u", isRevealed: false };

describe("presentQueueRow's due column", () => {
  it("says how an open request stands against its due date", () => {
    expect(presentQueueRow(row("IN_PROGRESS"), context).due).toEqual({ iso: "2027-03-31T10:59:59.999Z", date: "31 Mar 2027", text: "2 days overdue", tone: "overdue" });
  });

  it("says the clock is paused while the request waits on its subject, not that it is overdue", () => {
    expect(presentQueueRow(row("AWAITING_SUBJECT"), context).due).toMatchObject({ date: "31 Mar 2027", text: "clock paused", tone: "on-track" });
  });

  it("says the clock is paused only when the law stops it for what the subject was asked", () => {
    expect(presentQueueRow(row("AWAITING_SUBJECT", "GDPR", "IDENTITY"), context).due).toMatchObject({ text: "clock paused" });
    // GDPR does not stop for a clarification, nor the UK for a small one: the date still stands, and has passed.
    expect(presentQueueRow(row("AWAITING_SUBJECT", "GDPR", "CLARIFICATION"), context).due).toMatchObject({ text: "2 days overdue", tone: "overdue" });
    expect(presentQueueRow(row("AWAITING_SUBJECT", "UK", "CLARIFICATION"), context).due).toMatchObject({ text: "2 days overdue", tone: "overdue" });
    expect(presentQueueRow(row("AWAITING_SUBJECT", "UK", "LARGE_VOLUME_CLARIFICATION"), context).due).toMatchObject({ text: "clock paused" });
  });

  it("keeps counting a waiting CCPA request, whose clock runs from receipt", () => {
    expect(presentQueueRow(row("AWAITING_SUBJECT", "CCPA"), context).due).toMatchObject({ text: "2 days overdue", tone: "overdue" });
  });

  it("shows only the date of a closed request", () => {
    expect(presentQueueRow(row("COMPLETED"), context).due).toMatchObject({ text: null, tone: null });
  });
});
