// Members and invitations against a real database: what an admin's change does, what the invitee
// receives and can do with it, what is refused (viewers, officers, another organization's admins, the
// last owner's removal or demotion) — also when two people act at the same moment — and what the audit
// log says.
import { createHash, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import { testIp } from "@/lib/auth/test-users";
import { getDb, type PrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { getEnv } from "@/lib/env";
import type { ActionResult } from "@/lib/requests/action-result";
import { assignRequest } from "@/lib/requests/assign-request";
import { denyRequest } from "@/lib/requests/deny-request";
import { staffRecipients } from "@/lib/requests/staff-recipients";
import { createStaff, createVerifiedRequest, type TestStaff } from "@/lib/requests/test-fixtures";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { acceptInvitation, acceptInvitationWithNewAccount } from "./accept-invitation";
import { changeMember, LAST_OWNER_DEMOTE } from "./change-member";
import { inspectInvitation } from "./inspect-invitation";
import { INVITATION_TTL_DAYS, inviteMember } from "./invite-member";
import { listMembers } from "./list-members";
import { LAST_OWNER_REMOVE, removeMember } from "./remove-member";
import { revokeInvitation } from "./revoke-invitation";

let db: PrismaClient;

beforeAll(async () => {
  db = await getDb();
});

function expectOk<T extends object>(result: ActionResult<T>): asserts result is { ok: true } & T {
  if (!result.ok) throw new Error(`Expected success, got ${result.code}: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
}

const newAddress = (label = "invitee") => `${label}-${randomBytes(4).toString("hex")}@example.com`;

/** An organization with one owner (and whoever else `roles` asks for). */
async function team(...roles: Role[]) {
  const org = await createTestOrganization(db);
  const owner = await createStaff(db, org, "OWNER", "Olive Owner");
  const others = [];
  for (const role of roles) others.push(await createStaff(db, org, role, `Someone ${role}`));
  return { org, owner, others };
}

async function membershipOf(org: TestOrganization, member: TestStaff) {
  return db.membership.findFirst({ where: { organizationId: org.id, userId: member.user.id } });
}

async function membershipIdOf(org: TestOrganization, member: TestStaff): Promise<string> {
  return (await membershipOf(org, member))!.id;
}

/** The token in the newest invitation link emailed to `to`. */
async function invitationToken(to: string): Promise<string> {
  const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: to }, orderBy: { createdAt: "desc" } });
  const match = email.textBody.match(/\/invitations\/([A-Za-z0-9_-]{43})/);
  if (!match) throw new Error(`No invitation link in the email to ${to}`);
  return match[1]!;
}

async function invite(by: TestStaff, email: string, role: Role = "OFFICER", now = new Date()): Promise<string> {
  expectOk(await inviteMember({ context: by, input: { email, role }, now }));
  return invitationToken(email);
}

async function auditOf(org: TestOrganization, action?: string) {
  return db.auditEvent.findMany({ where: { organizationId: org.id, ...(action ? { action } : {}) }, orderBy: { createdAt: "asc" } });
}

/** Who the next reminder about `request` would reach. */
function recipientsOf(request: Parameters<typeof staffRecipients>[1]) {
  return db.$transaction((tx) => staffRecipients(tx, request));
}

async function existingUser(email = newAddress("existing")) {
  const user = await db.user.create({ data: { email, name: "Existing Person" } });
  return { id: user.id, email: user.email };
}

describe("inviting someone", () => {
  it("emails a link that works once for 7 days; only its hash is stored; audited", async () => {
    const { org, owner } = await team();
    const address = newAddress();
    const now = new Date();
    const result = await inviteMember({ context: owner, input: { email: `  ${address.toUpperCase()} `, role: "OFFICER" }, now });
    expect(result).toEqual({ ok: true, email: address, role: "OFFICER" });

    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: address } });
    expect(email.subject).toBe(`Join ${org.name}'s privacy team on Rightsdesk`);
    expect(email.textBody).toContain("Olive Owner invited you");
    expect(email.textBody).toContain("Your role: Privacy officer.");
    expect(email.textBody).toMatch(new RegExp(`${getEnv().APP_URL}/invitations/[A-Za-z0-9_-]{43}`));
    const token = await invitationToken(address);

    const [stored] = await db.invitation.findMany({ where: { organizationId: org.id } });
    expect(stored).toMatchObject({
      email: address,
      role: "OFFICER",
      invitedById: owner.user.id,
      tokenHash: createHash("sha256").update(token).digest("hex"),
      expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000),
      acceptedAt: null,
      revokedAt: null,
    });
    expect(JSON.stringify(stored)).not.toContain(token);

    expect(await inspectInvitation({ token, now })).toMatchObject({
      state: "valid",
      hasAccount: false,
      invitation: { email: address, role: "OFFICER", organization: { slug: org.slug, name: org.name } },
    });
    const [audit] = await auditOf(org, "member.invite");
    expect(audit).toMatchObject({
      actorEmail: owner.user.email,
      ip: "198.51.100.7",
      targetType: "Invitation",
      targetId: stored!.id,
      before: null,
      after: { email: address, role: "OFFICER", status: "pending" },
    });
    expect((await listMembers(org.id, now)).invitations).toEqual([
      expect.objectContaining({ id: stored!.id, email: address, role: "OFFICER", invitedBy: "Olive Owner" }),
    ]);
  });

  it("refuses to invite a member, saying so next to the address, and sends nothing", async () => {
    const { org, owner, others } = await team("OFFICER");
    const member = others[0]!;
    const result = await inviteMember({ context: owner, input: { email: member.user.email.toUpperCase(), role: "ADMIN" }, now: new Date() });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { email: [`${member.user.email} is already a member of ${org.name} (Privacy officer). To give them another role, change it in the list of members.`] },
    });
    expect(await db.invitation.count({ where: { organizationId: org.id } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { toAddress: member.user.email } })).toBe(0);
  });

  it("explains an address or role that is not one and keeps nothing", async () => {
    const { org, owner } = await team();
    const result = await inviteMember({ context: owner, input: { email: "not an address", role: "CAPTAIN" as Role }, now: new Date() });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { email: ["Enter an email address like name@example.com."], role: ["Choose a role."] },
    });
    expect(await db.invitation.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("replaces a pending invitation to the same address: the earlier link stops working", async () => {
    const { org, owner } = await team();
    const address = newAddress();
    const first = await invite(owner, address, "VIEWER");
    const second = await invite(owner, address, "OFFICER");
    expect(second).not.toBe(first);
    const now = new Date();
    expect(await inspectInvitation({ token: first, now })).toEqual({ state: "revoked", organizationName: org.name });
    expect(await inspectInvitation({ token: second, now })).toMatchObject({ state: "valid", invitation: { role: "OFFICER" } });
    const user = await existingUser(address);
    expect(await acceptInvitation({ token: first, user, ip: testIp(), now })).toEqual({ ok: false, reason: "revoked" });
    expect((await listMembers(org.id, now)).invitations.map((i) => [i.email, i.role])).toEqual([[address, "OFFICER"]]);
    const [revocation] = await auditOf(org, "member.invitation_revoke");
    expect(revocation).toMatchObject({
      reason: "Replaced by a new invitation to the same address.",
      before: { email: address, role: "VIEWER", status: "pending" },
      after: { email: address, role: "VIEWER", status: "revoked" },
    });
  });

  it("lets only an owner invite an owner", async () => {
    const { org, owner, others } = await team("ADMIN");
    const admin = others[0]!;
    const address = newAddress();
    expect(await inviteMember({ context: admin, input: { email: address, role: "OWNER" }, now: new Date() })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { role: ["Only an owner can invite someone as an owner."] },
    });
    expect(await db.invitation.count({ where: { organizationId: org.id } })).toBe(0);
    expectOk(await inviteMember({ context: admin, input: { email: address, role: "ADMIN" }, now: new Date() }));
    expectOk(await inviteMember({ context: owner, input: { email: newAddress(), role: "OWNER" }, now: new Date() }));
  });

  it("limits how many invitations an organization sends in a window, and no other organization feels it", async () => {
    const { org, owner } = await team();
    const { owner: otherOwner } = await team();
    const now = new Date();
    const max = getEnv().INVITATION_RATE_LIMIT_MAX;
    for (let i = 0; i < max; i++) expectOk(await inviteMember({ context: owner, input: { email: newAddress(), role: "VIEWER" }, now }));
    const refused = await inviteMember({ context: owner, input: { email: newAddress(), role: "VIEWER" }, now });
    expect(refused).toMatchObject({ ok: false, code: "not_allowed", error: expect.stringMatching(/Try again in 60 minutes/) });
    expect(await db.invitation.count({ where: { organizationId: org.id } })).toBe(max);
    expectOk(await inviteMember({ context: otherOwner, input: { email: newAddress(), role: "VIEWER" }, now }));
    // A new window, a new allowance.
    const later = new Date(now.getTime() + getEnv().INVITATION_RATE_LIMIT_WINDOW_SECONDS * 1000 + 1);
    expectOk(await inviteMember({ context: owner, input: { email: newAddress(), role: "VIEWER" }, now: later }));
  });
});

describe("accepting an invitation", () => {
  it("signed in as the invited address: joins with the invited role, once", async () => {
    const { org, owner } = await team();
    const user = await existingUser();
    const token = await invite(owner, user.email, "ADMIN");
    expect(await inspectInvitation({ token, now: new Date() })).toMatchObject({ state: "valid", hasAccount: true });

    const ip = testIp();
    const result = await acceptInvitation({ token, user, ip, now: new Date() });
    expect(result).toEqual({ ok: true, organization: { slug: org.slug, name: org.name }, role: "ADMIN", email: user.email });
    expect(await db.membership.findFirst({ where: { organizationId: org.id, userId: user.id } })).toMatchObject({ role: "ADMIN" });
    expect(await db.invitation.findFirst({ where: { organizationId: org.id } })).toMatchObject({ acceptedById: user.id, acceptedAt: expect.any(Date) });
    const [audit] = await auditOf(org, "member.accept");
    expect(audit).toMatchObject({
      actorUserId: user.id,
      actorEmail: user.email,
      ip,
      before: { email: user.email, role: "ADMIN", status: "pending" },
      after: { email: user.email, role: "ADMIN", status: "accepted", accountCreated: false },
    });

    expect(await inspectInvitation({ token, now: new Date() })).toEqual({ state: "used", organizationName: org.name });
    expect(await acceptInvitation({ token, user, ip, now: new Date() })).toEqual({ ok: false, reason: "used" });
    expect((await listMembers(org.id, new Date())).invitations).toEqual([]);
  });

  it("refuses another signed-in account and leaves the invitation for the right one", async () => {
    const { org, owner } = await team();
    const invited = await existingUser();
    const someoneElse = await existingUser();
    const token = await invite(owner, invited.email);
    expect(await acceptInvitation({ token, user: someoneElse, ip: testIp(), now: new Date() })).toEqual({ ok: false, reason: "wrong_account" });
    expect(await membershipOf(org, { user: someoneElse } as TestStaff)).toBeNull();
    expect(await inspectInvitation({ token, now: new Date() })).toMatchObject({ state: "valid" });
    expect(await acceptInvitation({ token, user: invited, ip: testIp(), now: new Date() })).toMatchObject({ ok: true });
  });

  it("two accepts at the same moment create exactly one membership", async () => {
    const { org, owner } = await team();
    const user = await existingUser();
    const token = await invite(owner, user.email);
    const results = await Promise.all([1, 2, 3].map(() => acceptInvitation({ token, user, ip: testIp(), now: new Date() })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(["used", "used"]);
    expect(await db.membership.count({ where: { organizationId: org.id, userId: user.id } })).toBe(1);
    expect(await auditOf(org, "member.accept")).toHaveLength(1);
  });

  it("two new accounts created from one link at the same moment: exactly one account and membership", async () => {
    const { org, owner } = await team();
    const address = newAddress();
    const token = await invite(owner, address);
    const input = { name: "Nina New", password: "a long enough passphrase", confirm: "a long enough passphrase" };
    const results = await Promise.all([1, 2].map(() => acceptInvitationWithNewAccount({ token, input, ip: testIp(), now: new Date() })));
    expect(results.map((r) => (r.ok ? "ok" : r.reason)).sort()).toEqual(["ok", "used"]);
    expect(await db.user.count({ where: { email: address } })).toBe(1);
    expect(await db.membership.count({ where: { organizationId: org.id, user: { email: address } } })).toBe(1);
  });

  it("refuses expired, revoked, unknown and malformed links, changing nothing", async () => {
    const { org, owner } = await team();
    const user = await existingUser();
    const invitedAt = new Date();
    const token = await invite(owner, user.email, "OFFICER", invitedAt);
    const justAfter = new Date(invitedAt.getTime() + INVITATION_TTL_DAYS * 86_400_000);
    expect(await inspectInvitation({ token, now: justAfter })).toEqual({ state: "expired", organizationName: org.name });
    expect(await acceptInvitation({ token, user, ip: testIp(), now: justAfter })).toEqual({ ok: false, reason: "expired" });
    const input = { name: "Late Person", password: "a long enough passphrase", confirm: "a long enough passphrase" };
    expect(await acceptInvitationWithNewAccount({ token, input, ip: testIp(), now: justAfter })).toEqual({ ok: false, reason: "expired" });

    const [invitation] = await db.invitation.findMany({ where: { organizationId: org.id } });
    expectOk(await revokeInvitation({ context: owner, invitationId: invitation!.id, now: new Date() }));
    expect(await acceptInvitation({ token, user, ip: testIp(), now: new Date() })).toEqual({ ok: false, reason: "revoked" });

    for (const made of ["x".repeat(43), "short", `${token}x`]) {
      expect(await inspectInvitation({ token: made, now: new Date() })).toEqual({ state: "invalid" });
      expect(await acceptInvitation({ token: made, user, ip: testIp(), now: new Date() })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await membershipOf(org, { user } as TestStaff)).toBeNull();
    expect(await auditOf(org, "member.accept")).toEqual([]);
  });

  it("an invitee without an account creates one, can sign in with it, and is a member", async () => {
    const { org, owner } = await team();
    const address = newAddress();
    const token = await invite(owner, address, "OFFICER");

    const short = await acceptInvitationWithNewAccount({ token, input: { name: "", password: "too short", confirm: "too shorT" }, ip: testIp(), now: new Date() });
    expect(short).toEqual({
      ok: false,
      reason: "invalid_input",
      fieldErrors: {
        name: ["Enter your name."],
        password: ["Choose a password of at least 12 characters."],
        confirm: ["The two passwords are not the same."],
      },
    });
    expect(await db.user.count({ where: { email: address } })).toBe(0);
    expect(await inspectInvitation({ token, now: new Date() })).toMatchObject({ state: "valid" });

    const password = "correct horse battery staple";
    const created = await acceptInvitationWithNewAccount({ token, input: { name: " Nina New ", password, confirm: password }, ip: testIp(), now: new Date() });
    expect(created).toEqual({ ok: true, organization: { slug: org.slug, name: org.name }, role: "OFFICER", email: address });
    const user = await db.user.findUniqueOrThrow({ where: { email: address } });
    expect(user.name).toBe("Nina New");
    expect(user.passwordHash).not.toContain(password);
    expect(await db.membership.findFirst({ where: { organizationId: org.id, userId: user.id } })).toMatchObject({ role: "OFFICER", queues: ["CONTROLLER", "PROCESSOR"] });
    const signedIn = await authenticatePassword({ raw: { email: address, password }, ip: testIp(), now: new Date() });
    expect(signedIn).toMatchObject({ ok: true, user: { id: user.id } });
    const [audit] = await auditOf(org, "member.accept");
    expect(audit).toMatchObject({ actorUserId: user.id, after: { accountCreated: true, role: "OFFICER" } });
  });

  it("does not create a second account for an address that has one", async () => {
    const { org, owner } = await team();
    const user = await existingUser();
    const token = await invite(owner, user.email);
    const input = { name: "Impostor", password: "a long enough passphrase", confirm: "a long enough passphrase" };
    expect(await acceptInvitationWithNewAccount({ token, input, ip: testIp(), now: new Date() })).toEqual({ ok: false, reason: "account_exists" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "Existing Person", passwordHash: null });
    expect(await inspectInvitation({ token, now: new Date() })).toMatchObject({ state: "valid" });
    expect(await membershipOf(org, { user } as TestStaff)).toBeNull();
  });
});

describe("changing a member", () => {
  it("changes role and queues, audited before → after; saving no change records nothing", async () => {
    const { org, owner, others } = await team("OFFICER");
    const officer = others[0]!;
    const membershipId = await membershipIdOf(org, officer);
    expect(await changeMember({ context: owner, membershipId, input: { role: "ADMIN", queues: ["PROCESSOR"] } })).toEqual({
      ok: true,
      email: officer.user.email,
      role: "ADMIN",
      changed: true,
    });
    expect(await membershipOf(org, officer)).toMatchObject({ role: "ADMIN", queues: ["PROCESSOR"] });
    const [audit] = await auditOf(org, "member.change");
    expect(audit).toMatchObject({
      actorEmail: owner.user.email,
      targetType: "Membership",
      targetId: membershipId,
      before: { email: officer.user.email, role: "OFFICER", queues: ["CONTROLLER", "PROCESSOR"] },
      after: { email: officer.user.email, role: "ADMIN", queues: ["PROCESSOR"] },
    });

    // A lone checkbox arrives as a string; none at all as nothing.
    expect(await changeMember({ context: owner, membershipId, input: { role: "ADMIN", queues: "PROCESSOR" } })).toMatchObject({ ok: true, changed: false });
    expect(await changeMember({ context: owner, membershipId, input: { role: "OFFICER", queues: undefined } })).toMatchObject({ ok: true, changed: true });
    expect(await membershipOf(org, officer)).toMatchObject({ role: "OFFICER", queues: [] });
    expect(await auditOf(org, "member.change")).toHaveLength(2);

    expect(await changeMember({ context: owner, membershipId, input: { role: "KING", queues: ["BOTH"] } as never })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { role: ["Choose a role."], queues: ["Choose the controller or the processor queue."] },
    });
  });

  it("the last owner cannot be demoted; with a second owner, one can step down", async () => {
    const { org, owner } = await team();
    const ownMembership = await membershipIdOf(org, owner);
    expect(await changeMember({ context: owner, membershipId: ownMembership, input: { role: "ADMIN", queues: [] } })).toMatchObject({
      ok: false,
      code: "not_allowed",
      fieldErrors: { role: [LAST_OWNER_DEMOTE] },
    });
    expect(await membershipOf(org, owner)).toMatchObject({ role: "OWNER" });

    const second = await createStaff(db, org, "OWNER", "Second Owner");
    expectOk(await changeMember({ context: owner, membershipId: ownMembership, input: { role: "ADMIN", queues: [] } }));
    expect(await membershipOf(org, owner)).toMatchObject({ role: "ADMIN" });
    expect(await membershipOf(org, second)).toMatchObject({ role: "OWNER" });
  });

  it("two owners stepping down at the same moment: one does, the other stays owner", async () => {
    const { org, owner } = await team();
    const second = await createStaff(db, org, "OWNER", "Second Owner");
    const results = await Promise.all(
      [owner, second].map(async (who) => changeMember({ context: who, membershipId: await membershipIdOf(org, who), input: { role: "ADMIN", queues: [] } })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "not_allowed", error: LAST_OWNER_DEMOTE });
    expect(await db.membership.count({ where: { organizationId: org.id, role: "OWNER" } })).toBe(1);
  });

  it("only an owner changes an owner or makes one", async () => {
    const { org, owner, others } = await team("ADMIN", "OFFICER");
    const [admin, officer] = others as [TestStaff, TestStaff];
    const refusedDemotion = await changeMember({ context: admin, membershipId: await membershipIdOf(org, owner), input: { role: "VIEWER", queues: [] } });
    expect(refusedDemotion).toMatchObject({ ok: false, code: "forbidden" });
    const refusedPromotion = await changeMember({ context: admin, membershipId: await membershipIdOf(org, officer), input: { role: "OWNER", queues: [] } });
    expect(refusedPromotion).toMatchObject({ ok: false, code: "forbidden" });
    expect(await membershipOf(org, owner)).toMatchObject({ role: "OWNER" });
    expect(await membershipOf(org, officer)).toMatchObject({ role: "OFFICER" });
    // An admin changes anyone else.
    expectOk(await changeMember({ context: admin, membershipId: await membershipIdOf(org, officer), input: { role: "VIEWER", queues: [] } }));
    expect(await auditOf(org, "member.change")).toHaveLength(1);
  });
});

describe("removing a member", () => {
  it("the last owner cannot be removed; another owner can be", async () => {
    const { org, owner, others } = await team("ADMIN");
    const admin = others[0]!;
    expect(await removeMember({ context: owner, membershipId: await membershipIdOf(org, owner), now: new Date() })).toEqual({
      ok: false,
      code: "not_allowed",
      error: LAST_OWNER_REMOVE,
    });
    expect(await removeMember({ context: admin, membershipId: await membershipIdOf(org, owner), now: new Date() })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await membershipOf(org, owner)).toMatchObject({ role: "OWNER" });

    const second = await createStaff(db, org, "OWNER", "Second Owner");
    const removed = await removeMember({ context: owner, membershipId: await membershipIdOf(org, second), now: new Date() });
    expect(removed).toEqual({ ok: true, email: second.user.email, unassigned: 0, isSelf: false });
    expect(await membershipOf(org, second)).toBeNull();
    const [audit] = await auditOf(org, "member.remove");
    expect(audit).toMatchObject({
      actorEmail: owner.user.email,
      targetType: "Membership",
      before: { email: second.user.email, role: "OWNER", queues: ["CONTROLLER", "PROCESSOR"] },
      after: { email: second.user.email, removed: true, unassignedRequests: 0 },
    });
  });

  it("two owners leaving at the same moment: one leaves, the other stays", async () => {
    const { org, owner } = await team();
    const second = await createStaff(db, org, "OWNER", "Second Owner");
    const ids = [await membershipIdOf(org, owner), await membershipIdOf(org, second)];
    const results = await Promise.all([owner, second].map((who, i) => removeMember({ context: who, membershipId: ids[i]!, now: new Date() })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "not_allowed", error: LAST_OWNER_REMOVE });
    expect(await db.membership.count({ where: { organizationId: org.id, role: "OWNER" } })).toBe(1);
    expect(await auditOf(org, "member.remove")).toHaveLength(1);
  });

  it("two owners removing each other at the same moment: one owner remains", async () => {
    const { org, owner } = await team();
    const second = await createStaff(db, org, "OWNER", "Second Owner");
    const [ownerId, secondId] = [await membershipIdOf(org, owner), await membershipIdOf(org, second)];
    const results = await Promise.all([
      removeMember({ context: owner, membershipId: secondId, now: new Date() }),
      removeMember({ context: second, membershipId: ownerId, now: new Date() }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    // The one who was removed first can no longer act, whatever their page still shows.
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "not_found", error: "You are no longer a member of this organization." });
    expect(await db.membership.count({ where: { organizationId: org.id, role: "OWNER" } })).toBe(1);
  });

  it("unassigns the member's open requests (in their history and the audit log) so reminders reach the queue's officers", async () => {
    const { org, owner, others } = await team("OFFICER", "OFFICER");
    const [leaving, staying] = others as [TestStaff, TestStaff];
    const open = await createVerifiedRequest(db, org);
    const closed = await createVerifiedRequest(db, org);
    for (const id of [open.id, closed.id]) expectOk(await assignRequest({ context: leaving, requestId: id, input: { assigneeId: leaving.user.id }, now: new Date() }));
    expectOk(await denyRequest({ context: leaving, requestId: closed.id, input: { reason: "We could not confirm your identity." }, now: new Date() }));
    const before = await db.privacyRequest.findUniqueOrThrow({ where: { id: open.id } });
    expect(await recipientsOf(before)).toEqual([expect.objectContaining({ email: leaving.user.email })]);

    const result = await removeMember({ context: owner, membershipId: await membershipIdOf(org, leaving), now: new Date() });
    expect(result).toMatchObject({ ok: true, unassigned: 1 });

    const after = await db.privacyRequest.findUniqueOrThrow({ where: { id: open.id } });
    expect(after).toMatchObject({ assigneeId: null, status: "IN_PROGRESS" });
    expect((await db.privacyRequest.findUniqueOrThrow({ where: { id: closed.id } })).assigneeId).toBe(leaving.user.id);
    const lastEvent = await db.requestEvent.findFirstOrThrow({ where: { requestId: open.id }, orderBy: { createdAt: "desc" } });
    expect(lastEvent).toMatchObject({
      kind: "request.assigned",
      visibleToSubject: false,
      message: `Unassigned: ${leaving.user.name} was removed from the organization by Olive Owner.`,
    });
    const unassign = await db.auditEvent.findFirstOrThrow({ where: { targetId: open.id, action: "request.unassign" } });
    expect(unassign).toMatchObject({
      actorEmail: owner.user.email,
      before: { assignee: leaving.user.email, status: "IN_PROGRESS" },
      after: { assignee: null, status: "IN_PROGRESS" },
      reason: "The assignee was removed from the organization.",
    });
    expect((await recipientsOf(after)).map((r) => r.email)).toEqual([staying.user.email]);
    expect(await auditOf(org, "member.remove")).toEqual([expect.objectContaining({ after: expect.objectContaining({ unassignedRequests: 1 }) })]);
  });
});

describe("who may change members", () => {
  it("refuses a viewer and an officer every change, and nothing changes", async () => {
    const { org, owner, others } = await team("VIEWER", "OFFICER");
    const pendingToken = await invite(owner, newAddress());
    const [invitation] = await db.invitation.findMany({ where: { organizationId: org.id } });
    const auditsBefore = (await auditOf(org)).length;
    const ownerMembership = await membershipIdOf(org, owner);

    for (const who of others) {
      const attempts = [
        await inviteMember({ context: who, input: { email: newAddress(), role: "OFFICER" }, now: new Date() }),
        await changeMember({ context: who, membershipId: await membershipIdOf(org, who), input: { role: "OWNER", queues: [] } }),
        await removeMember({ context: who, membershipId: ownerMembership, now: new Date() }),
        await revokeInvitation({ context: who, invitationId: invitation!.id, now: new Date() }),
      ];
      for (const attempt of attempts) {
        expect(attempt).toMatchObject({ ok: false, code: "forbidden" });
        if (!attempt.ok) expect(attempt.error).toMatch(new RegExp(`Your role \\((Viewer \\(read-only\\)|Privacy officer)\\) does not allow this`));
      }
    }
    expect((await auditOf(org)).length).toBe(auditsBefore);
    expect(await db.invitation.count({ where: { organizationId: org.id } })).toBe(1);
    expect(await inspectInvitation({ token: pendingToken, now: new Date() })).toMatchObject({ state: "valid" });
    expect(await db.membership.findMany({ where: { organizationId: org.id }, orderBy: { role: "asc" }, select: { role: true } })).toEqual([
      { role: "OWNER" },
      { role: "OFFICER" },
      { role: "VIEWER" },
    ]);
  });

  it("another organization's admin gets not_found for this organization's members and invitations", async () => {
    const { org, owner, others } = await team("OFFICER");
    const { owner: outsider } = await team();
    await invite(owner, newAddress());
    const [invitation] = await db.invitation.findMany({ where: { organizationId: org.id } });
    const officerMembership = await membershipIdOf(org, others[0]!);
    const auditsBefore = (await auditOf(org)).length;

    expect(await changeMember({ context: outsider, membershipId: officerMembership, input: { role: "VIEWER", queues: [] } })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await removeMember({ context: outsider, membershipId: officerMembership, now: new Date() })).toMatchObject({ ok: false, code: "not_found" });
    expect(await revokeInvitation({ context: outsider, invitationId: invitation!.id, now: new Date() })).toMatchObject({ ok: false, code: "not_found" });
    for (const made of ["not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      expect(await removeMember({ context: outsider, membershipId: made, now: new Date() })).toMatchObject({ ok: false, code: "not_found" });
      expect(await revokeInvitation({ context: outsider, invitationId: made, now: new Date() })).toMatchObject({ ok: false, code: "not_found" });
    }

    expect(await membershipOf(org, others[0]!)).toMatchObject({ role: "OFFICER" });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation!.id } })).toMatchObject({ revokedAt: null });
    expect((await auditOf(org)).length).toBe(auditsBefore);
  });
});

describe("revoking an invitation", () => {
  it("stops its link at once, is audited, and cannot be done twice", async () => {
    const { org, owner } = await team();
    const address = newAddress();
    const token = await invite(owner, address, "VIEWER");
    const [invitation] = await db.invitation.findMany({ where: { organizationId: org.id } });
    expect(await revokeInvitation({ context: owner, invitationId: invitation!.id, now: new Date() })).toEqual({ ok: true, email: address });
    expect(await inspectInvitation({ token, now: new Date() })).toEqual({ state: "revoked", organizationName: org.name });
    expect(await revokeInvitation({ context: owner, invitationId: invitation!.id, now: new Date() })).toEqual({
      ok: false,
      code: "not_allowed",
      error: "This invitation was already revoked.",
    });
    const audits = await auditOf(org, "member.invitation_revoke");
    expect(audits).toEqual([
      expect.objectContaining({
        actorEmail: owner.user.email,
        targetId: invitation!.id,
        before: expect.objectContaining({ email: address, status: "pending" }),
        after: { email: address, role: "VIEWER", status: "revoked" },
        reason: null,
      }),
    ]);
    expect((await listMembers(org.id, new Date())).invitations).toEqual([]);
  });
});
