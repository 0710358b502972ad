// /invitations/{token} — the link in an invitation email. Opening it changes nothing (mail scanners open
// links): the invited person presses "Join", or creates their account first. A link that no longer works,
// someone signed in with another address, or an invitee who must sign in first each get a page that
// says what to do.
import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import styles from "@/components/auth/sign-in.module.css";
import { ButtonForm } from "@/components/members/button-form";
import { NewAccountForm } from "@/components/members/new-account-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { roleDescription, roleLabel } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format/format-date";
import { inspectInvitation } from "@/lib/members/inspect-invitation";
import { createAccountAction, joinAction } from "./actions";

export const dynamic = "force-dynamic";
// The token is in the address: it must not travel in a Referer header, not even to our own pages.
export const metadata: Metadata = { title: "Invitation", robots: { index: false, follow: false }, referrer: "no-referrer" };

const GONE = {
  used: {
    title: "This invitation has been used",
    body: "Each invitation works once. If you accepted it, sign in to find the organization in your workspace.",
  },
  revoked: {
    title: "This invitation was withdrawn",
    body: "The organization withdrew it, or sent a newer one to the same address: look for a more recent email.",
  },
  expired: {
    title: "This invitation has expired",
    body: "Invitations work for 7 days.",
  },
} as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const inspected = await inspectInvitation({ token, now: new Date() });

  if (inspected.state === "invalid") {
    return (
      <div className={`stack ${styles.panel}`}>
        <PageHeader className={styles.header} title="We don't recognise this invitation" />
        <Alert tone="warning">
          <p>
            The link may be incomplete: some email programs cut long links. Try copying the whole address from the email into your browser. If
            that does not help, ask the person who invited you to send a new invitation.
          </p>
        </Alert>
      </div>
    );
  }
  if (inspected.state !== "valid") {
    const gone = GONE[inspected.state];
    return (
      <div className={`stack ${styles.panel}`}>
        <PageHeader className={styles.header} title={gone.title} />
        <Alert tone="warning">
          <p>{gone.body}</p>
          <p>To join {inspected.organizationName}, ask one of its owners or admins to invite you again.</p>
        </Alert>
        <p className={styles.footnote}>
          Already a member? <Link href="/sign-in">Sign in</Link>.
        </p>
      </div>
    );
  }

  const { invitation, hasAccount } = inspected;
  const orgName = invitation.organization.name;
  const role = roleLabel[invitation.role];
  const here = `/invitations/${encodeURIComponent(token)}`;
  const user = await getSessionUser();
  const intro = (
    <>
      <p>
        You are invited to join {orgName}&apos;s privacy team on Rightsdesk as <strong>{role}</strong>: {roleDescription[invitation.role]}
      </p>
      <p className={styles.intro}>The invitation is for {invitation.email} and works until {formatDateTime(invitation.expiresAt, invitation.organization.timeZone)}.</p>
    </>
  );
  const header = <PageHeader className={styles.header} eyebrow="Invitation" title={`Join ${orgName}`} description={intro} />;

  if (user && user.email.toLowerCase() === invitation.email.toLowerCase()) {
    return (
      <div className={`stack ${styles.panel}`}>
        {header}
        <Card className={styles.card}>
          <p className={styles.account}>
            You are signed in as <strong>{user.email}</strong>.
          </p>
          <ButtonForm action={joinAction.bind(null, token)} label={`Join ${orgName} as ${role}`} pendingLabel="Joining…" size="lg" />
        </Card>
      </div>
    );
  }

  if (user) {
    return (
      <div className={`stack ${styles.panel}`}>
        {header}
        <Alert tone="warning" title="You are signed in with another address">
          <p>
            You are signed in as {user.email}, but the invitation is for {invitation.email}. Sign out, then open the link again and sign in
            (or create the account) as {invitation.email}. If you would rather join as {user.email}, ask the person who invited you to
            invite that address instead.
          </p>
        </Alert>
        <p>
          <SignOutButton callbackUrl={here} label={`Sign out of ${user.email}`} />
        </p>
      </div>
    );
  }

  if (hasAccount) {
    const signIn = `/sign-in?${new URLSearchParams({ callbackUrl: here, email: invitation.email })}`;
    return (
      <div className={`stack ${styles.panel}`}>
        {header}
        <Card className={styles.card}>
          <p>{invitation.email} has a Rightsdesk account. Sign in with it, and you come back here to join.</p>
          <p>
            <ButtonLink href={signIn} size="lg">
              Sign in to accept
            </ButtonLink>
          </p>
        </Card>
      </div>
    );
  }

  return (
    <div className={`stack ${styles.panel}`}>
      {header}
      <Card className={styles.card}>
        <h2 className={styles.title}>Create your account</h2>
        <NewAccountForm action={createAccountAction.bind(null, token)} email={invitation.email} submitLabel={`Create my account and join ${orgName}`} />
      </Card>
    </div>
  );
}
