"use client";
// Ends this browser's session (next-auth) and returns to the sign-in page (or to `callbackUrl`).
import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SignOutButton({ callbackUrl = "/sign-in", label = "Sign out" }: { callbackUrl?: string; label?: string }) {
  const [isPending, setPending] = useState(false);
  return (
    <Button
      variant="quiet"
      disabled={isPending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl });
      }}
    >
      {label}
    </Button>
  );
}
