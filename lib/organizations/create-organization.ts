// A new organization with a portal at /{slug}: from the few answers of createOrganizationSchema and sensible
// defaults for everything else (the core request types, one CONTROLLER relationship, the Rightsdesk 30-day
// promise, the law of its country). Its creator becomes its OWNER — who must then set up two-factor
// authentication, as requireMembership demands of every owner. Used by /dashboard/organizations/new and by
// the operators' `npm run org:create`, which may also create the owner's account and email them a link.
import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { SIGN_IN_LINK_TTL_MINUTES } from "@/lib/auth/request-sign-in-link";
import { getDb, type Tx } from "@/lib/db/client";
import type { Regime } from "@/lib/db/generated/enums";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { organizationOwnerEmail } from "@/lib/email/templates/organization-emails";
import { getEnv } from "@/lib/env";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import type { ActionResult } from "@/lib/requests/action-result";
import { invalid } from "@/lib/requests/action-result";
import { isJurisdiction } from "@/lib/requests/jurisdictions";
import { CORE_REQUEST_TYPES } from "@/lib/requests/labels";
import { regimeOfJurisdiction } from "@/lib/requests/request-deadline";
import { createLinkToken } from "@/lib/requests/tokens";
import { kickOutbox } from "@/lib/worker/background-worker";
import { createOrganizationSchema, emailAddress, settingsFieldErrors, type CreateOrganizationInput } from "./settings-schemas";

/** The owner: a signed-in user, or (operators) an email address whose account is created when missing. */
export type NewOwner = { userId: string } | { email: string; name?: string };

export type CreatedOrganization = {
  organization: { id: string; slug: string; name: string };
  owner: { userId: string; email: string; isNewUser: boolean };
  emailedSignInLink: boolean;
};

export function slugTakenMessage(slug: string): string {
  return `The address /${slug} is taken: choose another.`;
}

/** Where most people who ask are assumed to live until the profile says otherwise. */
function defaultJurisdictionOf(country: string): string {
  if (isJurisdiction(country)) return country;
  // US privacy law is decided state by state; California's is the one most organizations answer to.
  return country === "US" ? "US-CA" : country;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

async function findOrCreateOwner(tx: Tx, owner: NewOwner): Promise<{ id: string; email: string; name: string; isNewUser: boolean }> {
  if ("userId" in owner) {
    const user = await tx.user.findUniqueOrThrow({ where: { id: owner.userId }, select: { id: true, email: true, name: true } });
    return { ...user, isNewUser: false };
  }
  const existing = await tx.user.findUnique({ where: { email: owner.email }, select: { id: true, email: true, name: true } });
  if (existing) return { ...existing, isNewUser: false };
  const name = owner.name?.trim() || owner.email.split("@")[0]!;
  const created = await tx.user.create({ data: { email: owner.email, name }, select: { id: true, email: true, name: true } });
  return { ...created, isNewUser: true };
}

export async function createOrganization({
  input,
  owner,
  actor,
  now,
  emailSignInLink = false,
}: {
  input: CreateOrganizationInput;
  owner: NewOwner;
  /** For the audit record; null userId for an operator's script. */
  actor: AuditActor;
  now: Date;
  /** Email the owner a sign-in link with the news (operators' script). */
  emailSignInLink?: boolean;
}): Promise<ActionResult<CreatedOrganization>> {
  const parsed = createOrganizationSchema.safeParse(input);
  if (!parsed.success) return invalid(settingsFieldErrors(parsed.error));
  let ownerInput = owner;
  if ("email" in owner) {
    const email = emailAddress("the owner's email address").safeParse(owner.email);
    if (!email.success) return invalid({ ownerEmail: email.error.issues.map((i) => i.message) });
    ownerInput = { ...owner, email: email.data };
  }
  const { name, slug, country, timeZone, privacyEmail } = parsed.data;
  const taken = { ok: false as const, code: "conflict" as const, error: slugTakenMessage(slug), fieldErrors: { slug: [slugTakenMessage(slug)] } };

  const db = await getDb();
  if (await db.organization.findUnique({ where: { slug }, select: { id: true } })) return taken;

  const law = regimeOfJurisdiction(country);
  const regimes: Regime[] = law ? [law] : [];
  let created: CreatedOrganization;
  try {
    created = await db.$transaction(async (tx) => {
      const user = await findOrCreateOwner(tx, ownerInput);
      const organization = await tx.organization.create({
        data: {
          slug,
          name,
          legalName: name,
          privacyEmail,
          country,
          timeZone,
          defaultJurisdiction: defaultJurisdictionOf(country),
          laws: [],
          regimes,
          requestTypes: [...CORE_REQUEST_TYPES],
          relationships: {
            create: {
              key: "customer",
              label: `I am a customer or user of ${name}`,
              description: "You have an account with us, bought from us or contacted us.",
              queue: "CONTROLLER",
              position: 0,
            },
          },
          memberships: { create: { userId: user.id, role: "OWNER" } },
        },
        select: { id: true, slug: true, name: true },
      });
      await recordAudit(tx, {
        organizationId: organization.id,
        actor,
        action: "organization.create",
        targetType: "Organization",
        targetId: organization.id,
        after: { slug, name, country, timeZone, privacyEmail, regimes, owner: user.email, ownerIsNewUser: user.isNewUser },
      });
      if (emailSignInLink) {
        const { token, tokenHash } = createLinkToken();
        await tx.authToken.create({
          data: { userId: user.id, purpose: "EMAIL_SIGN_IN", tokenHash, expiresAt: new Date(now.getTime() + SIGN_IN_LINK_TTL_MINUTES * 60_000) },
        });
        const appUrl = getEnv().APP_URL;
        await enqueueEmail(tx, {
          organizationId: organization.id,
          to: user.email,
          ...organizationOwnerEmail({
            name: user.name,
            organizationName: name,
            link: `${appUrl}/sign-in/link/${token}`,
            expiresInMinutes: SIGN_IN_LINK_TTL_MINUTES,
            newLinkUrl: `${appUrl}/sign-in?method=link`,
          }),
        });
      }
      return { organization, owner: { userId: user.id, email: user.email, isNewUser: user.isNewUser }, emailedSignInLink: emailSignInLink };
    });
  } catch (error) {
    // Someone took the slug between the check and the insert.
    if (isUniqueViolation(error)) return taken;
    throw error;
  }
  if (emailSignInLink) kickOutbox();
  return { ok: true, ...created };
}

/** Organizations one user may create per day: enough for real use, too few to fill the front page with spam. */
export const ORGANIZATIONS_PER_USER_PER_DAY = 5;

/** A signed-in user creates an organization and becomes its owner. Limited per user. */
export async function createOrganizationAsUser({
  userId,
  input,
  actor,
  now,
}: {
  userId: string;
  input: CreateOrganizationInput;
  actor: AuditActor;
  now: Date;
}): Promise<ActionResult<CreatedOrganization>> {
  const parsed = createOrganizationSchema.safeParse(input);
  if (!parsed.success) return invalid(settingsFieldErrors(parsed.error));
  const limit = await hitRateLimit({ key: `organization-create:user:${userId}`, max: ORGANIZATIONS_PER_USER_PER_DAY, windowSeconds: 86_400, now });
  if (!limit.allowed) {
    const hours = Math.ceil(limit.retryAfterSeconds / 3600);
    return { ok: false, code: "not_allowed", error: `You have created ${ORGANIZATIONS_PER_USER_PER_DAY} organizations today. Try again in about ${hours} ${hours === 1 ? "hour" : "hours"}.` };
  }
  return createOrganization({ input, owner: { userId }, actor, now });
}

/** The actor of an operator's script: no user, and "cli" where a client address would be. */
export const OPERATOR_ACTOR: AuditActor = { userId: null, email: null, ip: "cli" };
