// The overview's numbers and the CCPA report against a real database, for one organization whose requests'
// dates were chosen so every figure can be worked out by hand (Europe/Oslo, 30-day clock).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type PrismaClient } from "@/lib/db/client";
import { completeRequest } from "@/lib/requests/complete-request";
import { denyRequest } from "@/lib/requests/deny-request";
import { requestInformation } from "@/lib/requests/request-information";
import type { StaffContext } from "@/lib/requests/run-staff-action";
import { createStaff, createVerifiedRequest } from "@/lib/requests/test-fixtures";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { getCcpaReport } from "./ccpa-report";
import { getOrganizationMetrics, lastMonths } from "./organization-metrics";

let db: PrismaClient;
let org: TestOrganization;
let officer: StaffContext;
const at = (iso: string) => new Date(iso);
const NOW = at("2027-04-20T12:00:00Z");

beforeAll(async () => {
  db = await getDb();
  org = await createTestOrganization(db, { timeZone: "Europe/Oslo", regime: "DEFAULT", regimes: [] });
  officer = await createStaff(db, org);
  // Closed in 10 days, on time (due 31 Mar).
  const quick = await createVerifiedRequest(db, org, { now: at("2027-03-01T09:00:00Z") });
  const ok = (result: { ok: boolean }) => expect(result).toMatchObject({ ok: true });
  ok(await completeRequest({ context: officer, requestId: quick.id, input: { outcome: "NO_DATA_FOUND", message: "We hold no data about you." }, now: at("2027-03-11T09:00:00Z") }));
  // A deletion denied after 40 days, late (due 31 Mar).
  const late = await createVerifiedRequest(db, org, { type: "DELETION", now: at("2027-03-01T09:00:00Z") });
  ok(await denyRequest({ context: officer, requestId: late.id, input: { reason: "We must keep these invoices by law." }, now: at("2027-04-10T09:00:00Z") }));
  // Open: due 4 Apr (overdue), due 21 Apr (within 7 days), due 15 May, and one waiting on its subject.
  await createVerifiedRequest(db, org, { now: at("2027-03-05T09:00:00Z") });
  await createVerifiedRequest(db, org, { now: at("2027-03-22T09:00:00Z") });
  await createVerifiedRequest(db, org, { now: at("2027-04-15T09:00:00Z") });
  const waiting = await createVerifiedRequest(db, org, { now: at("2027-04-15T09:00:00Z") });
  ok(await requestInformation({ context: officer, requestId: waiting.id, input: { reason: "IDENTITY", question: "Which account?" }, now: at("2027-04-16T09:00:00Z") }));
  // Another organization's requests never count.
  const other = await createTestOrganization(db, { timeZone: "Europe/Oslo", regime: "DEFAULT", regimes: [] });
  await createVerifiedRequest(db, other, { now: at("2027-03-05T09:00:00Z") });
});

describe("getOrganizationMetrics", () => {
  it("counts open work, what is due, closing speed and punctuality, and arrivals per month", async () => {
    const metrics = await getOrganizationMetrics(org, NOW);
    expect(metrics.open).toEqual([
      { status: "NEW", queue: "CONTROLLER", count: 3 },
      { status: "AWAITING_SUBJECT", queue: "CONTROLLER", count: 1 },
    ]);
    expect(metrics.overdue).toBe(1);
    expect(metrics.dueThisWeek).toBe(1);
    // 10 and 40 days: median 25, 90th percentile 10 + 0.9 × 30 = 37, one of two on time.
    expect(metrics.closed.count).toBe(2);
    expect(metrics.closed.medianDays).toBeCloseTo(25, 3);
    expect(metrics.closed.p90Days).toBeCloseTo(37, 3);
    expect(metrics.closed.onTimeShare).toBeCloseTo(0.5, 5);
    expect(metrics.perMonth).toHaveLength(12);
    expect(metrics.perMonth.at(-2)).toEqual({ month: "2027-03", counts: { ACCESS: 3, DELETION: 1 } });
    expect(metrics.perMonth.at(-1)).toEqual({ month: "2027-04", counts: { ACCESS: 2 } });
    expect(metrics.perMonth[0]).toEqual({ month: "2026-05", counts: {} });
  });
});

describe("getCcpaReport", () => {
  it("gives, per type, requests received, complied with, denied and the median days to respond in the year", async () => {
    const report = await getCcpaReport(org, 2027);
    expect(report.find((r) => r.type === "ACCESS")).toEqual({ type: "ACCESS", received: 5, compliedInWholeOrPart: 1, denied: 0, medianDaysToRespond: 10 });
    expect(report.find((r) => r.type === "DELETION")).toEqual({ type: "DELETION", received: 1, compliedInWholeOrPart: 0, denied: 1, medianDaysToRespond: 40 });
    expect(report.find((r) => r.type === "CORRECTION")).toEqual({ type: "CORRECTION", received: 0, compliedInWholeOrPart: 0, denied: 0, medianDaysToRespond: null });
    expect((await getCcpaReport(org, 2026)).every((r) => r.received === 0)).toBe(true);
  });
});

describe("lastMonths", () => {
  it("counts back across a year boundary in the organization's time zone", () => {
    // 31 Dec 2026 23:30 UTC is already 1 Jan 2027 in Oslo.
    expect(lastMonths(at("2026-12-31T23:30:00Z"), "Europe/Oslo", 3)).toEqual(["2026-11", "2026-12", "2027-01"]);
  });
});
