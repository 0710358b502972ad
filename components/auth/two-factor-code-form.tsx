"use client";
// A form with one field, a current 6-digit code: to turn two-factor authentication on (confirming the
// app has the secret) or off. react-hook-form checks it first; the server action checks it again.
import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { totpCodeSchema, type TotpCodeInput } from "@/lib/auth/schemas";
import type { TwoFactorFormState } from "./form-states";
import { CodeInput } from "./code-input";

export type TwoFactorCodeFormProps = {
  action: (state: TwoFactorFormState, formData: FormData) => Promise<TwoFactorFormState>;
  id: string;
  label: string;
  hint?: string;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  /** Kept through the action, for where to continue afterwards. */
  callbackUrl?: string;
};

export function TwoFactorCodeForm({ action, id, label, hint, submitLabel, submitVariant = "primary", callbackUrl }: TwoFactorCodeFormProps) {
  const [state, formAction, isPending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<TotpCodeInput>({
    resolver: zodResolver(totpCodeSchema) as never,
    defaultValues: { code: "" },
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  useEffect(() => {
    if (!state) return;
    // A code is never shown back: the next attempt needs the app's current one.
    form.resetField("code");
    form.setFocus("code");
  }, [state, form]);

  const error = form.formState.errors.code?.message ?? state?.fieldErrors.code?.[0];
  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="form"
      onSubmit={form.handleSubmit(() => {
        startTransition(() => formAction(new FormData(formRef.current!)));
      })}
    >
      {state?.formError ? (
        <Alert tone="error" title="That did not work">
          <p>{state.formError}</p>
        </Alert>
      ) : null}
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field id={id} label={label} hint={hint} error={error} required>
        {(c) => (
          <CodeInput {...c} {...form.register("code")} />
        )}
      </Field>
      <div className="form-actions">
        <Button type="submit" variant={submitVariant} disabled={isPending}>
          {isPending ? "Checking…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
