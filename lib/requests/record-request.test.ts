// Staff record a request received by email or phone: it is verified at once through the same step
// as an emailed confirmation, with the channel and the recording staff member kept.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type PrismaClient } from "@/lib/db/client";
import { computeDeadline } from "@/lib/deadlines";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { getRequestStatus } from "./get-request-status";
import { getStaffRequest } from "./get-staff-request";
import { recordRequest } from "./record-request";
import type { StaffContext } from "./run-staff-action";
import { createStaff, createVerifiedRequest, emailedToken } from "./test-fixtures";

let db: PrismaClient;
let org: TestOrganization;
let officer: StaffContext;
let viewer: StaffContext;

beforeAll(async () => {
  db = await getDb();
  org = await createTestOrganization(db);
  officer = await createStaff(db, org, "OFFICER", "Olivia Officer");
  viewer = await createStaff(db, org, "VIEWER");
});

const phoned = {
  type: "DELETION",
  relationship: "customers-end-user",
  controllerName: "Kiwi Shoes",
  name: "Hemi Walker",
  email: "Hemi@Example.NZ",
  jurisdiction: "NZ",
  details: "Called about old orders.",
  channel: "PHONE",
  identityNote: "Confirmed date of birth and last order number.",
};

describe("recording a request received by phone or email", () => {
  it("creates it verified, numbered after the portal's requests, and emails the subject their status link", async () => {
    await createVerifiedRequest(db, org);
    const now = new Date();
    const result = await recordRequest({ context: officer, input: phoned, now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reference).toMatch(/-000002$/);

    const request = await db.privacyRequest.findUniqueOrThrow({ where: { id: result.requestId } });
    expect(request).toMatchObject({
      status: "NEW",
      channel: "PHONE",
      queue: "PROCESSOR",
      controllerName: "Kiwi Shoes",
      subjectEmail: "hemi@example.nz",
      recordedById: officer.user.id,
      verifiedAt: now,
      dueAt: computeDeadline({
        // A subject in New Zealand, and the organization applies the NZ Privacy Act: 20 working days.
        regime: "NZ",
        receivedAt: request.receivedAt,
        verifiedAt: now,
        timeZone: org.timeZone,
      }).dueAt,
    });

    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: "hemi@example.nz" } });
    expect(email.textBody).toContain("on the phone");
    const token = await emailedToken(db, "hemi@example.nz", "status");
    const status = await getRequestStatus({ orgSlug: org.slug, token, now });
    expect(status.found && status.request.history.map((h) => h.message)).toEqual([expect.stringMatching(/received your request by phone/)]);

    const staff = await getStaffRequest({ context: officer, requestId: result.requestId });
    expect(staff?.recordedBy).toBe("Olivia Officer");
    expect(staff?.events[0]?.message).toBe("Recorded by Olivia Officer from a phone call.\nHow their identity was checked: Confirmed date of birth and last order number.");
    expect(staff?.audit).toEqual([
      expect.objectContaining({ action: "request.record", actorEmail: officer.user.email, reason: "Confirmed date of birth and last order number.", after: expect.objectContaining({ channel: "PHONE" }) }),
    ]);
  });

  it("checks the same fields as the portal form, plus the channel", async () => {
    const result = await recordRequest({ context: officer, input: { ...phoned, email: "nope", channel: "FAX", controllerName: "" }, now: new Date() });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: {
        email: ["Enter an email address like name@example.com."],
        channel: ["Choose how the request reached you."],
        controllerName: ["Name the customer's website or company the person dealt with."],
      },
    });
    expect(await db.privacyRequest.count({ where: { organizationId: org.id, subjectEmail: "nope" } })).toBe(0);
  });

  it("is refused to a viewer", async () => {
    const result = await recordRequest({ context: viewer, input: { ...phoned, email: "viewer-made@example.nz" }, now: new Date() });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.privacyRequest.count({ where: { subjectEmail: "viewer-made@example.nz" } })).toBe(0);
  });
});
