// /account/security — for every signed-in user (also before two-factor setup, which requireUser sends
// owners and admins here for): turn two-factor authentication on (or off, where the role allows it)
// and sign out everywhere.
import type { Metadata } from "next";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { SignOutEverywhereButton } from "@/components/auth/sign-out-everywhere-button";
import { TwoFactorCodeForm } from "@/components/auth/two-factor-code-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getAccountSecurity } from "@/lib/auth/get-account-security";
import { requireSessionUser } from "@/lib/auth/require-session-user";
import { roleLabel } from "@/lib/auth/roles";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { formatDateTime } from "@/lib/format/format-date";
import { disableTwoFactorAction, enableTwoFactorAction, signOutEverywhereAction } from "./actions";
import styles from "./security.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Security", robots: { index: false, follow: false } };

type SearchParams = { required?: string; enabled?: string; disabled?: string; callbackUrl?: string };

/** "OpsIQ", "OpsIQ and Opsduty", "OpsIQ, Opsduty and Opsient" */
function listOf(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export default async function SecurityPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireSessionUser("/account/security");
  const params = await searchParams;
  const account = await getAccountSecurity(user.id);
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  const isEnabled = Boolean(account.twoFactorEnabledAt);
  const isRequired = account.requiredBy.length > 0;
  const mustSetUp = isRequired && !isEnabled;
  const roles = listOf([...new Set(account.requiredBy.map((m) => roleLabel[m.role].toLowerCase()))]);
  const organizations = listOf(account.requiredBy.map((m) => m.name));

  return (
    <div className="stack narrow">
      <PageHeader
        eyebrow="Your account"
        title="Security"
        description={<p>Signed in as {account.email}.</p>}
        actions={
          <>
            {mustSetUp ? null : (
              <ButtonLink href={callbackUrl} variant="secondary">
                Go to the dashboard
              </ButtonLink>
            )}
            <SignOutButton />
          </>
        }
      />

      {mustSetUp ? (
        <Alert tone="warning" title="Set up two-factor authentication to continue">
          <p>
            You are {roles === "owner" || roles === "admin" ? `an ${roles}` : roles} of {organizations}. Owners and admins can see
            every request and decide who else may, so Rightsdesk asks them to confirm each sign-in with a code from their phone as well as
            their password. Then a stolen password alone is not enough to reach anyone&apos;s personal data.
          </p>
          <p>Follow the three steps below; it takes about a minute. The dashboard opens as soon as you are done.</p>
        </Alert>
      ) : null}
      {params.enabled === "1" && isEnabled ? (
        <Alert tone="success" title="Two-factor authentication is on">
          <p>From now on, we ask for a code from your authenticator app each time you sign in. You stay signed in here.</p>
          <p>
            <ButtonLink href={callbackUrl}>Continue</ButtonLink>
          </p>
        </Alert>
      ) : null}
      {params.disabled === "1" && !isEnabled ? (
        <Alert tone="success" title="Two-factor authentication is off">
          <p>You can turn it on again at any time below.</p>
        </Alert>
      ) : null}

      <div className={styles.sections}>
        <Card as="section" aria-labelledby="two-factor-title">
          <h2 id="two-factor-title" className={styles.sectionTitle}>
            Two-factor authentication
            <span className={`badge ${isEnabled ? "badge--success" : "badge--neutral"}`}>{isEnabled ? "On" : "Off"}</span>
          </h2>

          {isEnabled ? (
            <>
              <p>
                On since {formatDateTime(account.twoFactorEnabledAt!, account.timeZone)}. When you sign in, we ask for the 6-digit code
                from your authenticator app after your password.
              </p>
              {isRequired ? (
                <p className={styles.muted}>
                  As {roles} of {organizations}, you must use it, so it cannot be turned off.
                </p>
              ) : (
                <>
                  <h3>Turn it off</h3>
                  <p className={styles.muted}>Your account is safer with it on. To turn it off, confirm with a current code.</p>
                  <TwoFactorCodeForm
                    action={disableTwoFactorAction}
                    id="disable-code"
                    label="Current 6-digit code"
                    submitLabel="Turn off two-factor authentication"
                    submitVariant="danger"
                  />
                </>
              )}
            </>
          ) : account.setup ? (
            <>
              <p>
                {isRequired
                  ? "Sign in with your password and a code from an app on your phone."
                  : "Optional for your role, and recommended: sign in with your password and a code from an app on your phone."}
              </p>
              <ol className={`steps ${styles.steps}`}>
                <li>
                  <strong>Install an authenticator app</strong>
                  For example Google Authenticator, Microsoft Authenticator, 1Password or Aegis, if you do not have one yet.
                </li>
                <li>
                  <strong>Add Rightsdesk to the app</strong>
                  <div className={styles.scan}>
                    <div
                      className={styles.qr}
                      role="img"
                      aria-label="QR code to add Rightsdesk to your authenticator app"
                      dangerouslySetInnerHTML={{ __html: account.setup.qrSvg }}
                    />
                    <div>
                      <p>Scan this QR code with the app.</p>
                      <p className={styles.muted}>Can&apos;t scan it? Choose to enter a setup key in the app, and type this key:</p>
                      <p>
                        <code className={styles.key} data-testid="totp-secret">
                          {account.setup.secretForDisplay}
                        </code>
                      </p>
                      <p className={styles.muted}>Type: time-based. Account: {account.email}.</p>
                    </div>
                  </div>
                </li>
                <li>
                  <strong>Enter the code the app shows</strong>
                  <TwoFactorCodeForm
                    action={enableTwoFactorAction}
                    id="setup-code"
                    label="6-digit code"
                    hint="The code changes every 30 seconds; any current one works."
                    submitLabel="Turn on two-factor authentication"
                    callbackUrl={callbackUrl}
                  />
                </li>
              </ol>
            </>
          ) : null}
        </Card>

        <Card as="section" aria-labelledby="sessions-title">
          <h2 id="sessions-title">Sign out everywhere</h2>
          <p>
            Signed in on a shared computer, or lost a device? This ends every session of your account, on this device too. Anyone using
            one of them must sign in again.
          </p>
          <SignOutEverywhereButton action={signOutEverywhereAction} />
        </Card>
      </div>
    </div>
  );
}
