// The organization settings against a real database: each form's change takes effect and is audited with
// only what changed (before → after); invalid input changes nothing; viewers, officers and other
// organizations' admins are refused; the logo is checked by content; and new reminder points reschedule the
// pending reminders of open requests.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getLogo } from "@/app/(portal)/[orgSlug]/logo/route";
import { getDb, type PrismaClient } from "@/lib/db/client";
import type { ActionResult } from "@/lib/requests/action-result";
import type { StaffContext } from "@/lib/requests/run-staff-action";
import { createStaff, createVerifiedRequest } from "@/lib/requests/test-fixtures";
import { forwardRequest } from "@/lib/requests/forward-request";
import { deadlineInputFor } from "@/lib/requests/request-deadline";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { zonedDay } from "@/lib/reminders/schedule-reminders";
import { addCustomer } from "./add-customer";
import { addRelationship } from "./add-relationship";
import { getPortalOrganization } from "./get-portal-organization";
import { moveRelationship } from "./move-relationship";
import { removeCustomer } from "./remove-customer";
import { removeRelationship } from "./remove-relationship";
import { removeOrganizationLogo, uploadOrganizationLogo } from "./set-organization-logo";
import type { DeadlinePolicyInput, ProfileInput } from "./settings-schemas";
import { updateCustomer } from "./update-customer";
import { updateDeadlinePolicy } from "./update-deadline-policy";
import { updateOrganizationProfile } from "./update-organization-profile";
import { updateRelationship } from "./update-relationship";
import { updateRequestTypes } from "./update-request-types";

let db: PrismaClient;

beforeAll(async () => {
  db = await getDb();
});

const now = () => new Date();

function expectOk<T extends object>(result: ActionResult<T>): asserts result is { ok: true } & T {
  if (!result.ok) throw new Error(`Expected success, got ${result.code}: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
}

async function organizationWithStaff(overrides: Parameters<typeof createTestOrganization>[1] = {}) {
  const org = await createTestOrganization(db, overrides);
  return {
    org,
    owner: await createStaff(db, org, "OWNER", "Olga Owner"),
    admin: await createStaff(db, org, "ADMIN", "Ari Admin"),
    officer: await createStaff(db, org, "OFFICER", "Oli Officer"),
    viewer: await createStaff(db, org, "VIEWER", "Vic Viewer"),
  };
}

async function auditOf(org: TestOrganization, action?: string) {
  return db.auditEvent.findMany({ where: { organizationId: org.id, ...(action ? { action } : {}) }, orderBy: { createdAt: "asc" } });
}

/** The profile form as it is shown for `org`, with `changes` typed over it. */
function profileForm(org: TestOrganization, changes: Partial<Record<keyof ProfileInput, unknown>> = {}): ProfileInput {
  return {
    name: org.name,
    legalName: org.legalName,
    tagline: org.tagline ?? "",
    website: org.website ?? "",
    policyUrl: org.policyUrl ?? "",
    privacyEmail: org.privacyEmail,
    privacyContactName: org.privacyContactName ?? "",
    postalAddress: org.postalAddress ?? "",
    country: org.country,
    defaultJurisdiction: org.defaultJurisdiction,
    regulatorName: org.regulatorName ?? "",
    regulatorUrl: org.regulatorUrl ?? "",
    laws: org.laws.join("\n"),
    regimes: org.regimes,
    timeZone: org.timeZone,
    locale: org.locale as ProfileInput["locale"],
    accentColor: org.accentColor ?? "",
    ...changes,
  } as ProfileInput;
}

function policyForm(changes: Partial<Record<keyof DeadlinePolicyInput, unknown>> = {}): DeadlinePolicyInput {
  return {
    regime: "DEFAULT",
    clockStart: "VERIFICATION",
    holidayRegion: "ENGLAND_WALES",
    extensionMaxDays: "30",
    reminderDaysBefore: "7, 3, 1, 0",
    remindOverdueDaily: "on",
    subjectReplyDays: "14",
    verificationTtlHours: "24",
    downloadTtlDays: "30",
    statusLinkDaysAfterClose: "90",
    retentionMonths: "24",
    ...changes,
  } as DeadlinePolicyInput;
}

// A 1×1 PNG, a JPEG's first bytes, and things that are not images.
const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const HTML = new TextEncoder().encode("<!doctype html><script>alert(document.cookie)</script>");

function file(bytes: Uint8Array, name: string, type: string): File {
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { type });
}

function logoRequest(slug: string, headers: Record<string, string> = {}) {
  return getLogo(new Request(`http://localhost/${slug}/logo`, { headers }), { params: Promise.resolve({ orgSlug: slug }) });
}

describe("profile", () => {
  it("saves the profile at once and audits only the fields that changed, before → after", async () => {
    const { org, admin } = await organizationWithStaff();
    const result = await updateOrganizationProfile({
      context: admin,
      input: profileForm(org, {
        tagline: "  Shoes for every foot ",
        regulatorUrl: "https://www.privacy.org.nz/complaints",
        laws: "Privacy Act 2020\n\nEU General Data Protection Regulation (GDPR)\nPrivacy Act 2020",
        regimes: ["NZ", "GDPR"],
        accentColor: "#1B4A7A",
        timeZone: "Europe/Oslo",
        locale: "nb",
      }),
      now: now(),
    });
    expectOk(result);
    expect(result.changed.sort()).toEqual(["accentColor", "laws", "locale", "regimes", "regulatorUrl", "tagline", "timeZone"]);

    const saved = await db.organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(saved).toMatchObject({
      tagline: "Shoes for every foot",
      regulatorUrl: "https://www.privacy.org.nz/complaints",
      laws: ["Privacy Act 2020", "EU General Data Protection Regulation (GDPR)"],
      // Canonical order, whatever order they were ticked in.
      regimes: ["GDPR", "NZ"],
      accentColor: "#1b4a7a",
      timeZone: "Europe/Oslo",
      locale: "nb",
      name: org.name,
    });

    const [audit] = await auditOf(org, "organization.update_profile");
    expect(audit).toMatchObject({ actorUserId: admin.user.id, actorEmail: admin.user.email, ip: "198.51.100.7", targetId: org.id });
    expect(audit!.before).toEqual({
      tagline: null,
      regulatorUrl: "https://www.privacy.org.nz",
      laws: ["Privacy Act 2020"],
      regimes: ["NZ"],
      accentColor: null,
      timeZone: "Pacific/Auckland",
      locale: "en",
    });
    expect(audit!.after).toEqual({
      tagline: "Shoes for every foot",
      regulatorUrl: "https://www.privacy.org.nz/complaints",
      laws: ["Privacy Act 2020", "EU General Data Protection Regulation (GDPR)"],
      regimes: ["GDPR", "NZ"],
      accentColor: "#1b4a7a",
      timeZone: "Europe/Oslo",
      locale: "nb",
    });

    // The portal shows it on the next page load.
    const portal = await getPortalOrganization(org.slug);
    expect(portal).toMatchObject({ tagline: "Shoes for every foot", accentColor: "#1b4a7a", laws: ["Privacy Act 2020", "EU General Data Protection Regulation (GDPR)"] });
  });

  it("changes nothing and records nothing when the same values are saved again", async () => {
    const { org, owner } = await organizationWithStaff();
    const result = await updateOrganizationProfile({ context: owner, input: profileForm(org), now: now() });
    expectOk(result);
    expect(result.changed).toEqual([]);
    expect(await auditOf(org)).toEqual([]);
  });

  it("refuses invalid answers field by field and changes nothing", async () => {
    const { org, admin } = await organizationWithStaff();
    const before = await db.organization.findUniqueOrThrow({ where: { id: org.id } });
    const result = await updateOrganizationProfile({
      context: admin,
      input: profileForm(org, {
        name: "   ",
        privacyEmail: "not an address",
        regulatorUrl: "http://www.privacy.org.nz",
        website: "javascript:alert(1)",
        timeZone: "Mars/Olympus_Mons",
        accentColor: "red;background:url(https://evil.example)",
        locale: "tlh",
        country: "XX",
        regimes: ["CCPA_OPT_OUT"],
      }),
      now: now(),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("invalid");
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(
      ["accentColor", "country", "locale", "name", "privacyEmail", "regimes", "regulatorUrl", "timeZone", "website"].sort(),
    );
    expect(result.fieldErrors?.regulatorUrl?.[0]).toMatch(/https:\/\//);
    expect(await db.organization.findUniqueOrThrow({ where: { id: org.id } })).toEqual(before);
    expect(await auditOf(org)).toEqual([]);
  });

  it("refuses a viewer and an officer, and changes nothing", async () => {
    const { org, viewer, officer } = await organizationWithStaff();
    for (const context of [viewer, officer]) {
      const result = await updateOrganizationProfile({ context, input: profileForm(org, { name: "Taken over" }), now: now() });
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).name).toBe(org.name);
    expect(await auditOf(org)).toEqual([]);
  });
});

describe("logo", () => {
  it("accepts a PNG, serves it from /{orgSlug}/logo with its type, nosniff and its SHA-256 as ETag, and can remove it", async () => {
    const { org, admin } = await organizationWithStaff();
    expect((await logoRequest(org.slug)).status).toBe(404);

    const result = await uploadOrganizationLogo({ context: admin, input: { logo: file(PNG, "logo.png", "image/png") } });
    expectOk(result);
    const response = await logoRequest(org.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("etag")).toBe(`"${result.sha256}"`);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
    expect((await logoRequest(org.slug, { "if-none-match": `"${result.sha256}"` })).status).toBe(304);
    expect((await getPortalOrganization(org.slug))?.logoVersion).toBe(result.sha256);

    const [audit] = await auditOf(org, "organization.upload_logo");
    expect(audit).toMatchObject({ before: { logo: null }, after: { logo: { sha256: result.sha256, contentType: "image/png", size: PNG.length } } });

    expectOk(await removeOrganizationLogo({ context: admin }));
    expect((await logoRequest(org.slug)).status).toBe(404);
    expect(await auditOf(org, "organization.remove_logo")).toHaveLength(1);
  });

  it("decides by content: an SVG, HTML named .png and a JPEG-typed text file are refused; so is a file over 512 KB", async () => {
    const { org, admin } = await organizationWithStaff();
    const oversized = new Uint8Array(512 * 1024 + 1);
    oversized.set(PNG);
    for (const upload of [
      file(SVG, "logo.svg", "image/svg+xml"),
      file(HTML, "logo.png", "image/png"),
      file(new TextEncoder().encode("hello"), "logo.jpg", "image/jpeg"),
      file(oversized, "big.png", "image/png"),
      file(new Uint8Array(), "", "application/octet-stream"),
    ]) {
      const result = await uploadOrganizationLogo({ context: admin, input: { logo: upload } });
      expect(result, upload.name).toMatchObject({ ok: false, code: "invalid", fieldErrors: { logo: [expect.any(String)] } });
    }
    expect(await db.organizationLogo.count({ where: { organizationId: org.id } })).toBe(0);
    expect(await auditOf(org)).toEqual([]);
    expect((await logoRequest(org.slug)).status).toBe(404);
  });

  it("refuses a viewer's upload", async () => {
    const { org, viewer } = await organizationWithStaff();
    expect(await uploadOrganizationLogo({ context: viewer, input: { logo: file(PNG, "logo.png", "image/png") } })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.organizationLogo.count({ where: { organizationId: org.id } })).toBe(0);
  });
});

describe("request intake", () => {
  it("offers exactly the request types chosen, at least one", async () => {
    const { org, admin } = await organizationWithStaff();
    expect(await updateRequestTypes({ context: admin, input: { requestTypes: [] } })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { requestTypes: ["Offer at least one type of request."] },
    });
    expectOk(await updateRequestTypes({ context: admin, input: { requestTypes: ["OBJECTION", "ACCESS"] } }));
    expect((await getPortalOrganization(org.slug))?.requestTypes).toEqual(["ACCESS", "OBJECTION"]);
    const [audit] = await auditOf(org, "organization.update_request_types");
    expect(audit).toMatchObject({ before: { requestTypes: ["ACCESS", "CORRECTION", "DELETION", "EXPORT"] }, after: { requestTypes: ["ACCESS", "OBJECTION"] } });
  });

  it("adds, edits, reorders and removes relationships, and explains why a used one stays", async () => {
    const { org, admin } = await organizationWithStaff();
    const added = await addRelationship({
      context: admin,
      input: { label: "I applied for a job", description: "Candidates and applicants.", queue: "CONTROLLER", controllerPrompt: "ignored for controllers" },
    });
    expectOk(added);
    const row = await db.relationship.findUniqueOrThrow({ where: { id: added.relationshipId } });
    expect(row).toMatchObject({ key: "i-applied-for-a-job", position: 2, controllerPrompt: null });

    expectOk(await updateRelationship({ context: admin, relationshipId: row.id, input: { label: "I applied to work here", description: "", queue: "CONTROLLER" } }));
    expect(await db.relationship.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ key: "i-applied-for-a-job", label: "I applied to work here", description: null });
    const [update] = await auditOf(org, "relationship.update");
    expect(update).toMatchObject({
      before: { key: "i-applied-for-a-job", label: "I applied for a job", description: "Candidates and applicants." },
      after: { key: "i-applied-for-a-job", label: "I applied to work here", description: null },
    });

    expectOk(await moveRelationship({ context: admin, relationshipId: row.id, direction: "up" }));
    expect((await getPortalOrganization(org.slug))?.relationships.map((r) => r.key)).toEqual(["customer", "i-applied-for-a-job", "customers-end-user"]);

    // A relationship a request was made under stays, with the reason.
    await createVerifiedRequest(db, org);
    const used = await removeRelationship({ context: admin, relationshipId: org.relationships[0]!.id });
    expect(used).toMatchObject({ ok: false, code: "conflict", error: expect.stringMatching(/1 request was made under it/) });

    expectOk(await removeRelationship({ context: admin, relationshipId: row.id }));
    expect(await db.relationship.count({ where: { id: row.id } })).toBe(0);
    expect(await auditOf(org, "relationship.delete")).toHaveLength(1);
  });

  it("keeps the last relationship: the request form needs one", async () => {
    const { org, admin } = await organizationWithStaff({ relationships: [{ key: "only", label: "The only one", queue: "CONTROLLER" }] });
    const result = await removeRelationship({ context: admin, relationshipId: org.relationships[0]!.id });
    expect(result).toMatchObject({ ok: false, code: "conflict", error: expect.stringMatching(/at least one relationship/) });
  });

  it("keeps typed answers out of the database when they are invalid", async () => {
    const { org, admin } = await organizationWithStaff();
    const result = await addRelationship({ context: admin, input: { label: "", queue: "SOMEWHERE" } as never });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { label: [expect.any(String)], queue: [expect.any(String)] } });
    expect(await db.relationship.count({ where: { organizationId: org.id } })).toBe(2);
  });

  it("adds, edits and removes customers; a customer requests were forwarded to stays", async () => {
    const { org, admin, officer } = await organizationWithStaff();
    const added = await addCustomer({ context: admin, input: { name: "Kiwi Shoes", contactEmail: " Privacy@KiwiShoes.example " } });
    expectOk(added);
    expect(await db.customer.findUniqueOrThrow({ where: { id: added.customerId } })).toMatchObject({ contactEmail: "privacy@kiwishoes.example" });
    expect(await addCustomer({ context: admin, input: { name: "kiwi shoes", contactEmail: "other@kiwishoes.example" } })).toMatchObject({
      ok: false,
      fieldErrors: { name: [expect.stringMatching(/already one of your customers/)] },
    });

    expectOk(await updateCustomer({ context: admin, customerId: added.customerId, input: { name: "Kiwi Shoes", contactEmail: "dpo@kiwishoes.example" } }));
    const [update] = await auditOf(org, "customer.update");
    expect(update).toMatchObject({ before: { contactEmail: "privacy@kiwishoes.example" }, after: { contactEmail: "dpo@kiwishoes.example" } });

    const filed = await createVerifiedRequest(db, org, { processor: true });
    expectOk(await forwardRequest({ context: officer, requestId: filed.id, input: { customerId: added.customerId }, now: now() }));
    expect(await removeCustomer({ context: admin, customerId: added.customerId })).toMatchObject({
      ok: false,
      code: "conflict",
      error: expect.stringMatching(/1 request was forwarded to them/),
    });

    const unused = await addCustomer({ context: admin, input: { name: "Tui Travel", contactEmail: "privacy@tui.example" } });
    expectOk(unused);
    expectOk(await removeCustomer({ context: admin, customerId: unused.customerId }));
    expect(await db.customer.count({ where: { organizationId: org.id } })).toBe(1);
  });

  it("answers not_found to another organization's admin for this organization's relationships and customers", async () => {
    const { org, admin } = await organizationWithStaff();
    const { admin: outsider } = await organizationWithStaff();
    const customer = await addCustomer({ context: admin, input: { name: "Kiwi Shoes", contactEmail: "privacy@kiwishoes.example" } });
    expectOk(customer);
    const relationshipId = org.relationships[1]!.id;
    const attempts: ActionResult[] = [
      await updateRelationship({ context: outsider, relationshipId, input: { label: "Hijacked", queue: "CONTROLLER" } }),
      await moveRelationship({ context: outsider, relationshipId, direction: "up" }),
      await removeRelationship({ context: outsider, relationshipId }),
      await updateCustomer({ context: outsider, customerId: customer.customerId, input: { name: "Hijacked", contactEmail: "evil@example.com" } }),
      await removeCustomer({ context: outsider, customerId: customer.customerId }),
    ];
    for (const result of attempts) expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.relationship.findUniqueOrThrow({ where: { id: relationshipId } })).toMatchObject({ label: org.relationships[1]!.label, position: 1 });
    expect(await db.customer.findUniqueOrThrow({ where: { id: customer.customerId } })).toMatchObject({ name: "Kiwi Shoes" });
  });

  it("refuses viewers and officers every intake change", async () => {
    const { org, viewer, officer } = await organizationWithStaff();
    const relationshipId = org.relationships[1]!.id;
    for (const context of [viewer, officer] as StaffContext[]) {
      const attempts: ActionResult[] = [
        await updateRequestTypes({ context, input: { requestTypes: ["ACCESS"] } }),
        await addRelationship({ context, input: { label: "New", queue: "CONTROLLER" } }),
        await updateRelationship({ context, relationshipId, input: { label: "Changed", queue: "CONTROLLER" } }),
        await moveRelationship({ context, relationshipId, direction: "up" }),
        await removeRelationship({ context, relationshipId }),
        await addCustomer({ context, input: { name: "Kiwi Shoes", contactEmail: "privacy@kiwishoes.example" } }),
      ];
      for (const result of attempts) expect(result).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await db.relationship.count({ where: { organizationId: org.id } })).toBe(2);
    expect(await db.customer.count({ where: { organizationId: org.id } })).toBe(0);
    expect(await auditOf(org)).toEqual([]);
  });
});

describe("deadline policy", () => {
  it("applies a new rule to requests accepted afterwards; those already accepted keep theirs", async () => {
    // No law by jurisdiction, so the organization's own rule decides.
    const { org, admin } = await organizationWithStaff({ regime: "DEFAULT", regimes: [] });
    const earlier = await createVerifiedRequest(db, org);
    const earlierRow = await db.privacyRequest.findUniqueOrThrow({ where: { id: earlier.id } });
    expect(earlierRow.regime).toBe("DEFAULT");

    const result = await updateDeadlinePolicy({ context: admin, input: policyForm({ regime: "CUSTOM", responseDays: "10", extensionMaxDays: "5" }), now: now() });
    expectOk(result);
    expect(result.changed.sort()).toEqual(["extensionMaxDays", "regime", "responseDays"]);

    const later = await createVerifiedRequest(db, org);
    const laterRow = await db.privacyRequest.findUniqueOrThrow({ where: { id: later.id } });
    expect(laterRow).toMatchObject({ regime: "CUSTOM", customDays: 10, customBusinessDays: false });
    const days = (laterRow.dueAt!.getTime() - laterRow.verifiedAt!.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(9);
    expect(days).toBeLessThanOrEqual(11);
    expect(await db.privacyRequest.findUniqueOrThrow({ where: { id: earlier.id } })).toMatchObject({ regime: "DEFAULT", dueAt: earlierRow.dueAt });

    const [audit] = await auditOf(org, "organization.update_deadline_policy");
    expect(audit).toMatchObject({
      before: { regime: "DEFAULT", responseDays: 20, extensionMaxDays: 30 },
      after: { regime: "CUSTOM", responseDays: 10, extensionMaxDays: 5 },
    });
  });

  it("keeps the UK bank holidays of the region chosen, audited, on every request accepted afterwards", async () => {
    const { org, admin } = await organizationWithStaff({ regime: "UK", regimes: [] });
    const earlier = await createVerifiedRequest(db, org);
    expect(await db.privacyRequest.findUniqueOrThrow({ where: { id: earlier.id } })).toMatchObject({ regime: "UK", holidayRegion: "ENGLAND_WALES" });

    const result = await updateDeadlinePolicy({ context: admin, input: policyForm({ regime: "UK", holidayRegion: "SCOTLAND" }), now: now() });
    expectOk(result);
    expect(result.changed).toContain("holidayRegion");
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).holidayRegion).toBe("SCOTLAND");
    const [audit] = await auditOf(org, "organization.update_deadline_policy");
    expect(audit).toMatchObject({ before: { holidayRegion: "ENGLAND_WALES" }, after: { holidayRegion: "SCOTLAND" } });

    const later = await createVerifiedRequest(db, org);
    const laterRow = await db.privacyRequest.findUniqueOrThrow({ where: { id: later.id } });
    expect(laterRow).toMatchObject({ regime: "UK", holidayRegion: "SCOTLAND" });
    // What the deadline engine is given for it; the request accepted before keeps England and Wales.
    expect(deadlineInputFor(laterRow, { timeZone: org.timeZone, extensionMaxDays: 30, pauses: [] }).holidayRegion).toBe("SCOTLAND");
    expect((await db.privacyRequest.findUniqueOrThrow({ where: { id: earlier.id } })).holidayRegion).toBe("ENGLAND_WALES");

    for (const holidayRegion of ["", "WALES", "scotland"]) {
      const refused = await updateDeadlinePolicy({ context: admin, input: policyForm({ regime: "UK", holidayRegion }), now: now() });
      expect(refused).toMatchObject({ ok: false, code: "invalid", fieldErrors: { holidayRegion: ["Choose whose bank holidays count."] } });
    }
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).holidayRegion).toBe("SCOTLAND");
  });

  it("reschedules the pending reminder of every open request when the reminder points change", async () => {
    const { org, admin } = await organizationWithStaff({ regime: "DEFAULT", regimes: [] });
    const filed = await createVerifiedRequest(db, org);
    const request = await db.privacyRequest.findUniqueOrThrow({ where: { id: filed.id } });
    const dueDay = zonedDay(request.dueAt!, org.timeZone);
    const pending = () => db.scheduledReminder.findMany({ where: { requestId: filed.id, kind: "STAFF_DUE", handledAt: null } });
    expect((await pending()).map((r) => r.key)).toEqual([`${dueDay}/7-days-before`]);

    const result = await updateDeadlinePolicy({ context: admin, input: policyForm({ reminderDaysBefore: "0, 2,2" }), now: now() });
    expectOk(result);
    expect(result.rescheduled).toBe(1);
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).reminderDaysBefore).toEqual([2, 0]);
    const [next] = await pending();
    expect(next?.key).toBe(`${dueDay}/2-days-before`);
    const [audit] = await auditOf(org, "organization.update_deadline_policy");
    expect(audit).toMatchObject({ before: { reminderDaysBefore: [7, 3, 1, 0] }, after: { reminderDaysBefore: [2, 0] }, reason: expect.stringMatching(/1 open request/) });
  });

  it("refuses nonsense and changes nothing", async () => {
    const { org, admin } = await organizationWithStaff();
    const before = await db.organization.findUniqueOrThrow({ where: { id: org.id } });
    const result = await updateDeadlinePolicy({
      context: admin,
      input: policyForm({
        regime: "CUSTOM",
        responseDays: "",
        reminderDaysBefore: "7, soon, 120",
        extensionMaxDays: "-1",
        verificationTtlHours: "1.5",
        statusLinkDaysAfterClose: "0",
        retentionMonths: "0",
        clockStart: "WHENEVER",
        holidayRegion: "WALES",
      }),
      now: now(),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(
      ["clockStart", "extensionMaxDays", "holidayRegion", "reminderDaysBefore", "responseDays", "retentionMonths", "statusLinkDaysAfterClose", "verificationTtlHours"].sort(),
    );
    expect(await db.organization.findUniqueOrThrow({ where: { id: org.id } })).toEqual(before);
  });

  it("refuses a viewer and an officer", async () => {
    const { org, viewer, officer } = await organizationWithStaff();
    for (const context of [viewer, officer]) {
      expect(await updateDeadlinePolicy({ context, input: policyForm({ regime: "CUSTOM", responseDays: "1" }), now: now() })).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).responseDays).toBe(20);
  });
});
