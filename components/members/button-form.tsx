"use client";
// A form that is one button (revoke, remove, join): posts to its server action, says what went wrong in
// place, and works as a plain POST without JavaScript.
import { useActionState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonSize, type ButtonVariant } from "@/components/ui/button";
import type { MemberFormAction } from "./member-form-state";

export type ButtonFormProps = {
  action: MemberFormAction;
  label: ReactNode;
  pendingLabel: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  children?: ReactNode;
  className?: string;
};

export function ButtonForm({ action, label, pendingLabel, variant = "primary", size, children, className }: ButtonFormProps) {
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className={className}>
      {state && !state.ok ? (
        <Alert tone="error" title="That did not work">
          <p>{state.error}</p>
        </Alert>
      ) : null}
      {state?.ok ? <Alert tone="success">{state.message}</Alert> : null}
      {children}
      <Button type="submit" variant={variant} size={size} disabled={isPending} aria-disabled={isPending || undefined}>
        {isPending ? pendingLabel : label}
      </Button>
    </form>
  );
}
