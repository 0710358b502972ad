// /sign-in — staff sign in with email and password (and their two-factor code), or ask for an emailed
// sign-in link (?method=link). Signed-in users go straight on. `?email=` fills in the address (an invitee who
// just created their account, or who must sign in before accepting), and `?notice=account-created` says why.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SignInLinkRequestForm } from "@/components/auth/sign-in-link-request-form";
import styles from "@/components/auth/sign-in.module.css";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { signInDestination } from "@/lib/auth/sign-in-destination";
import { decodeSignInFailure, signInFailureMessage } from "@/lib/auth/sign-in-errors";
import { requestSignInLinkAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in", robots: { index: false, follow: false } };

type SearchParams = {
  callbackUrl?: string | string[];
  method?: string | string[];
  error?: string | string[];
  signedOut?: string | string[];
  email?: string | string[];
  notice?: string | string[];
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  const user = await getSessionUser();
  if (user) redirect(await signInDestination(user, callbackUrl));

  const isLinkMethod = first(params.method) === "link";
  const query = (method?: string) => {
    const search = new URLSearchParams();
    if (method) search.set("method", method);
    if (callbackUrl !== "/dashboard") search.set("callbackUrl", callbackUrl);
    const text = search.toString();
    return text ? `/sign-in?${text}` : "/sign-in";
  };
  // Errors next-auth reports by redirecting here (e.g. a form posted without JavaScript).
  const error = first(params.error);
  const initialError = error ? signInFailureMessage(decodeSignInFailure(error)) : undefined;
  // Only something shaped like an address, to fill in the field; never trusted beyond that.
  const email = first(params.email)?.trim();
  const defaultEmail = email && email.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(email) ? email : undefined;

  return (
    <div className={`stack ${styles.panel}`}>
      <PageHeader
        className={styles.header}
        title="Sign in"
        description={<p>For the privacy teams of the organizations on this portal.</p>}
      />
      {first(params.signedOut) === "everywhere" ? (
        <Alert tone="success" title="You are signed out everywhere">
          <p>Every session of your account has ended, on this device and all others. Sign in again to continue.</p>
        </Alert>
      ) : null}
      {first(params.notice) === "account-created" ? (
        <Alert tone="success" title="Your account is ready">
          <p>Sign in with your new password to start.</p>
        </Alert>
      ) : null}
      <Card className={styles.card}>
        {isLinkMethod ? (
          <SignInLinkRequestForm action={requestSignInLinkAction} passwordHref={query()} />
        ) : (
          <SignInForm callbackUrl={callbackUrl} linkHref={query("link")} initialError={initialError} defaultEmail={defaultEmail} />
        )}
      </Card>
      <p className={styles.footnote}>
        Want to ask an organization about your personal data? You do not need an account:{" "}
        <Link href="/">find the organization&apos;s privacy page</Link>.
      </p>
      <noscript>
        <Alert tone="warning" title="Signing in needs JavaScript">
          <p>Please turn on JavaScript in your browser to sign in.</p>
        </Alert>
      </noscript>
    </div>
  );
}
