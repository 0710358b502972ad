"use client";
// "Roll secret": one button; the new secret is shown once in place, and the old one stops working at once.
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SecretOnce } from "./secret-once";
import type { WebhookFormAction } from "./webhook-form-state";

export function RollSecretForm({ action, endpointId, label }: { action: WebhookFormAction; endpointId: string; label: string }) {
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction}>
      {state && !state.ok ? (
        <Alert tone="error" title="That did not work">
          <p>{state.error}</p>
        </Alert>
      ) : null}
      {state?.ok && state.secret ? <SecretOnce secret={state.secret} id={`secret-${endpointId}`} /> : null}
      <p className="text-muted">The current secret stops working at once: deliveries from now on, retries included, are signed with the new one.</p>
      <Button type="submit" variant="secondary" disabled={isPending} aria-disabled={isPending || undefined}>
        {isPending ? "Rolling…" : label}
      </Button>
    </form>
  );
}
