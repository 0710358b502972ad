"use client";
// "Sign out everywhere": ends every session of the account on the server (this one too), then clears
// this browser's cookie and goes to the sign-in page.
import { signOut } from "next-auth/react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function SignOutEverywhereButton({ action }: { action: () => Promise<void> }) {
  const [isPending, setPending] = useState(false);
  const [hasFailed, setFailed] = useState(false);
  return (
    <>
      {hasFailed ? (
        <Alert tone="error" title="That did not work">
          <p>Your sessions could not be ended just now. Please try again.</p>
        </Alert>
      ) : null}
      <Button
        variant="danger"
        disabled={isPending}
        onClick={async () => {
          setPending(true);
          setFailed(false);
          try {
            await action();
          } catch {
            setPending(false);
            setFailed(true);
            return;
          }
          await signOut({ callbackUrl: "/sign-in?signedOut=everywhere" });
        }}
      >
        {isPending ? "Signing out…" : "Sign out everywhere"}
      </Button>
    </>
  );
}
