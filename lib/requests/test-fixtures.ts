// Building blocks for the request workflow's integration tests: staff members of a test organization,
// and requests filed and confirmed the way a subject does it.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import type { TestOrganization } from "@/lib/testing/test-organization";
import type { MembershipContext } from "@/lib/auth/require-membership";
import { submitRequest } from "./submit-request";
import { verifyRequest } from "./verify-request";

/** A member as requireMembership hands them to an action (a StaffContext, and an admin context too). */
export type TestStaff = Pick<MembershipContext, "user" | "organization" | "role" | "actor">;

/** A user with `role` in `org`, as requireMembership would hand them to an action. */
export async function createStaff(db: PrismaClient, org: TestOrganization, role: Role = "OFFICER", name = `Staff ${role}`): Promise<TestStaff> {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString("hex")}@${org.slug}.example`;
  const user = await db.user.create({ data: { email, name, memberships: { create: { organizationId: org.id, role } } } });
  return {
    user: { id: user.id, email: user.email, name: user.name, hasTwoFactor: false },
    organization: { id: org.id, slug: org.slug, name: org.name, timeZone: org.timeZone },
    role,
    actor: { userId: user.id, email: user.email, ip: "198.51.100.7" },
  };
}

/** The token in the newest link to `/{path}/` emailed to `to`. */
export async function emailedToken(db: PrismaClient, to: string, path: "verify" | "status"): Promise<string> {
  const emails = await db.outboxEmail.findMany({ where: { toAddress: to }, orderBy: { createdAt: "desc" } });
  for (const email of emails) {
    const match = email.textBody.match(new RegExp(`/${path}/([A-Za-z0-9_-]{43})`));
    if (match) return match[1]!;
  }
  throw new Error(`No ${path} link emailed to ${to}`);
}

export type FiledRequest = { id: string; reference: string; statusToken: string; subjectEmail: string };

/** A request filed on the portal and confirmed by its subject (status NEW). */
export async function createVerifiedRequest(
  db: PrismaClient,
  org: TestOrganization,
  options: { type?: "ACCESS" | "EXPORT" | "DELETION" | "CORRECTION"; processor?: boolean; email?: string; now?: Date } = {},
): Promise<FiledRequest> {
  const email = options.email ?? `subject-${randomBytes(4).toString("hex")}@example.nz`;
  const now = options.now ?? new Date();
  const type = options.type ?? "ACCESS";
  await submitRequest({
    organization: org,
    input: {
      type,
      relationship: options.processor ? "customers-end-user" : "customer",
      controllerName: options.processor ? "Kiwi Shoes" : undefined,
      name: "Aroha Ngata",
      email,
      jurisdiction: "NZ",
      details: "Please include my order history.",
      correctionWrong: type === "CORRECTION" ? "My surname" : undefined,
      correctionRight: type === "CORRECTION" ? "Ngata" : undefined,
    },
    channel: "WEB",
    now,
  });
  // Confirmed a moment after filing, as in life.
  const verifiedAt = new Date(Math.max(Date.now(), now.getTime() + 1));
  const verified = await verifyRequest({ orgSlug: org.slug, token: await emailedToken(db, email, "verify"), now: verifiedAt });
  if (verified.outcome !== "verified") throw new Error(`Verification failed: ${verified.outcome}`);
  const request = await db.privacyRequest.findFirstOrThrow({ where: { organizationId: org.id, reference: verified.reference } });
  return { id: request.id, reference: verified.reference, statusToken: verified.statusToken, subjectEmail: email };
}

/** A request filed but never confirmed (status PENDING_VERIFICATION, no reference). */
export async function createUnverifiedRequest(db: PrismaClient, org: TestOrganization): Promise<string> {
  const email = `unverified-${randomBytes(4).toString("hex")}@example.nz`;
  await submitRequest({
    organization: org,
    input: { type: "ACCESS", relationship: "customer", name: "Pending Person", email, jurisdiction: "NZ" } as never,
    channel: "WEB",
    now: new Date(),
  });
  return (await db.privacyRequest.findFirstOrThrow({ where: { organizationId: org.id, subjectEmail: email } })).id;
}

/** A small, real PDF's first bytes: enough for the content check. */
export function pdfBytes(text = "Your data"): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);
}
