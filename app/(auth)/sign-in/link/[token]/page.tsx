// /sign-in/link/{token} — the link in a sign-in email. Opening it changes nothing: the person presses
// "Continue" to sign in. Used, expired and unknown links get a page that offers a new one.
import type { Metadata } from "next";
import Link from "next/link";
import { SignInLinkContinue } from "@/components/auth/sign-in-link-continue";
import styles from "@/components/auth/sign-in.module.css";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { inspectSignInLink } from "@/lib/auth/inspect-sign-in-link";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in with your link", robots: { index: false, follow: false } };

const GONE = {
  used: {
    title: "This sign-in link has been used",
    body: "Each sign-in link works once. If it was not you who used it, sign in and choose “Sign out everywhere” on your security page.",
  },
  expired: {
    title: "This sign-in link has expired",
    body: "For your safety, sign-in links only work for 15 minutes.",
  },
  invalid: {
    title: "We don't recognise this sign-in link",
    body: "The link may be incomplete: some email programs cut long links. Try copying the whole address from the email into your browser.",
  },
} as const;

export default async function SignInLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectSignInLink({ token, now: new Date() });

  if (link.state !== "valid") {
    const gone = GONE[link.state];
    return (
      <div className={`stack ${styles.panel}`}>
        <PageHeader className={styles.header} title={gone.title} />
        <Alert tone="warning">
          <p>{gone.body}</p>
        </Alert>
        <p>
          <ButtonLink href="/sign-in?method=link">Email me a new sign-in link</ButtonLink>
        </p>
        <p className={styles.footnote}>
          Or <Link href="/sign-in">sign in with your password</Link>.
        </p>
      </div>
    );
  }

  return (
    <div className={`stack ${styles.panel}`}>
      <PageHeader className={styles.header} title="Sign in to Rightsdesk" description={<p>Press Continue to finish signing in.</p>} />
      <Card className={styles.card}>
        <SignInLinkContinue token={token} email={link.email} needsCode={link.needsCode} />
      </Card>
    </div>
  );
}
