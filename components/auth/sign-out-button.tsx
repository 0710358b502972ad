"use client";
// Ends this browser's session (next-auth) and returns to the sign-in page.
import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const [isPending, setPending] = useState(false);
  return (
    <Button
      variant="quiet"
      disabled={isPending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/sign-in" });
      }}
    >
      Sign out
    </Button>
  );
}
