// Revealing a subject against a real database: who may (a role permission, viewers not), and that the
// audit log holds one record per member, request and day of the organization's calendar.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type PrismaClient } from "@/lib/db/client";
import { can } from "@/lib/auth/roles";
import { createStaff, createVerifiedRequest, type TestStaff } from "@/lib/requests/test-fixtures";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { findRevealedRequestIds } from "./find-revealed-request-ids";
import { revealSubject, SUBJECT_REVEALED } from "./reveal-subject";

let db: PrismaClient;
let org: TestOrganization;
let officer: TestStaff;
let admin: TestStaff;
let viewer: TestStaff;

beforeAll(async () => {
  db = await getDb();
  org = await createTestOrganization(db);
  officer = await createStaff(db, org, "OFFICER");
  admin = await createStaff(db, org, "ADMIN");
  viewer = await createStaff(db, org, "VIEWER");
});

const reveal = (staff: TestStaff, requestId: string, now: Date) =>
  revealSubject({ organizationId: org.id, requestId, role: staff.role, actor: staff.actor, now });
const reveals = (requestId: string) => db.auditEvent.findMany({ where: { organizationId: org.id, targetId: requestId, action: SUBJECT_REVEALED }, orderBy: { createdAt: "asc" } });

describe("who may reveal", () => {
  it("is the roles' permission: owners, admins and officers may, viewers may not", () => {
    expect((["OWNER", "ADMIN", "OFFICER", "VIEWER"] as const).filter((role) => can(role, "reveal"))).toEqual(["OWNER", "ADMIN", "OFFICER"]);
  });

  it("refuses a viewer without recording anything", async () => {
    const filed = await createVerifiedRequest(db, org);
    expect(await reveal(viewer, filed.id, new Date())).toEqual({ ok: false, reason: "forbidden" });
    expect(await reveals(filed.id)).toEqual([]);
    expect([...(await findRevealedRequestIds({ organization: org, reader: { userId: viewer.user.id, role: "VIEWER" }, requestIds: [filed.id], now: new Date() }))]).toEqual([]);
  });
});

describe("the record of a reveal", () => {
  it("is written once per member, request and day", async () => {
    const filed = await createVerifiedRequest(db, org);
    const now = new Date();
    expect(await reveal(officer, filed.id, now)).toMatchObject({ ok: true, isNewRecord: true });
    expect(await reveal(officer, filed.id, new Date(now.getTime() + 1000))).toMatchObject({ ok: true, isNewRecord: false });
    expect(await reveals(filed.id)).toHaveLength(1);

    // Another member's reveal is theirs to record.
    expect(await reveal(admin, filed.id, now)).toMatchObject({ ok: true, isNewRecord: true });
    // Tomorrow (a day and an hour later, whatever the time zone) is a new day.
    const tomorrow = new Date(now.getTime() + 25 * 3600_000);
    expect(await reveal(officer, filed.id, tomorrow)).toMatchObject({ ok: true, isNewRecord: true });
    const records = await reveals(filed.id);
    expect(records.map((r) => r.actorUserId)).toEqual([officer.user.id, admin.user.id, officer.user.id]);
    expect(records.every((r) => r.targetType === "PrivacyRequest")).toBe(true);
  });

  it("writes one record when the same member reveals twice at once", async () => {
    const filed = await createVerifiedRequest(db, org);
    const now = new Date();
    await Promise.all([reveal(officer, filed.id, now), reveal(officer, filed.id, now)]);
    expect(await reveals(filed.id)).toHaveLength(1);
  });
});
