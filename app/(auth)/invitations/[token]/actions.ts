"use server";
// The invitation page's server actions: join as the signed-in user, or create an account and join. The
// token comes bound from the page; everything else is decided on the server.
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { MemberFormState } from "@/components/members/member-form-state";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { clientIpFrom } from "@/lib/http/client-ip";
import { textFields } from "@/lib/http/text-fields";
import { acceptInvitation, acceptInvitationWithNewAccount, type AcceptFailureReason } from "@/lib/members/accept-invitation";
import type { NewAccountInput } from "@/lib/members/schemas";
import { looksLikeLinkToken } from "@/lib/requests/tokens";

const REFUSALS: Record<Exclude<AcceptFailureReason, "invalid_input">, string> = {
  invalid: "We don't recognise this invitation link.",
  used: "This invitation has been used already.",
  revoked: "This invitation was withdrawn by the organization.",
  expired: "This invitation has expired.",
  wrong_account: "This invitation was sent to another email address than the one you are signed in with.",
  already_member: "You are a member of this organization already.",
  account_exists: "An account with this email address exists already. Sign in with it to accept the invitation.",
};

const invitationPath = (token: string) => `/invitations/${encodeURIComponent(token)}`;

export async function joinAction(token: string, _state: MemberFormState): Promise<MemberFormState> {
  // Bound by the page, but a crafted call can send anything in its place; one that is not a token's shape is not
  // an invitation (and must not be echoed into a redirect's address).
  if (typeof token !== "string" || !looksLikeLinkToken(token)) notFound();
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?${new URLSearchParams({ callbackUrl: invitationPath(token) })}`);
  const result = await acceptInvitation({ token, user, ip: clientIpFrom(await headers()), now: new Date() });
  // The organization's queue; owners and admins set up two-factor authentication there first if they must.
  if (result.ok) redirect(`/dashboard/${result.organization.slug}/queue`);
  if (result.reason === "invalid_input") return { ok: false, error: REFUSALS.invalid };
  // The page explains a link that stopped working better than a message on a button can.
  if (["used", "revoked", "expired"].includes(result.reason)) redirect(invitationPath(token));
  return { ok: false, error: REFUSALS[result.reason] };
}

export async function createAccountAction(token: string, _state: MemberFormState, formData: FormData): Promise<MemberFormState> {
  if (typeof token !== "string" || !looksLikeLinkToken(token)) notFound();
  const values = textFields(formData, ["name", "password", "confirm"]);
  const result = await acceptInvitationWithNewAccount({ token, input: values as NewAccountInput, ip: clientIpFrom(await headers()), now: new Date() });
  if (result.ok) {
    // Signing in is next-auth's job: the sign-in page, with the address filled in, then the queue.
    const search = new URLSearchParams({ email: result.email, notice: "account-created", callbackUrl: `/dashboard/${result.organization.slug}/queue` });
    redirect(`/sign-in?${search}`);
  }
  // What was typed comes back, except the passwords.
  const kept = { name: values.name ?? "" };
  if (result.reason === "invalid_input") return { ok: false, error: "Some answers need fixing.", fieldErrors: result.fieldErrors, values: kept };
  if (["used", "revoked", "expired", "invalid"].includes(result.reason)) redirect(invitationPath(token));
  return { ok: false, error: REFUSALS[result.reason], values: kept };
}
