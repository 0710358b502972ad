"use client";
// "Email me a sign-in link": one email field. The answer is the same whether or not the address has
// an account. Works as a plain form POST without JavaScript, too.
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { signInLinkRequestSchema, type SignInLinkRequestInput } from "@/lib/auth/schemas";
import type { SignInLinkRequestState } from "./form-states";

export const SIGN_IN_LINK_SENT =
  "If an account exists for that address, we have sent a sign-in link to it. The link works once and expires in 15 minutes.";

export function SignInLinkRequestForm({
  action,
  passwordHref,
}: {
  action: (state: SignInLinkRequestState, formData: FormData) => Promise<SignInLinkRequestState>;
  passwordHref: string;
}) {
  const [state, formAction, isPending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<SignInLinkRequestInput>({
    resolver: zodResolver(signInLinkRequestSchema) as never,
    // No empty default: react-hook-form would wipe what someone typed before the page finished loading.
    defaultValues: state?.email ? { email: state.email } : undefined,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const serverError = state?.status === "error" ? state.fieldErrors.email?.[0] : undefined;
  const emailError = form.formState.errors.email?.message ?? serverError;
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) statusRef.current?.focus();
  }, [state]);

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="form"
      aria-label="Email me a sign-in link"
      onSubmit={form.handleSubmit(() => {
        startTransition(() => formAction(new FormData(formRef.current!)));
      })}
    >
      <div ref={statusRef} tabIndex={-1}>
        {state?.status === "sent" ? (
          <Alert tone="success" title="Check your email">
            <p>{SIGN_IN_LINK_SENT}</p>
            <p>Nothing there after a few minutes? Check your spam folder, or ask again.</p>
          </Alert>
        ) : null}
        {state?.status === "error" && state.formError ? (
          <Alert tone="error" title="No new link was sent">
            <p>{state.formError}</p>
          </Alert>
        ) : null}
      </div>
      <Field
        id="link-email"
        label="Email address"
        hint="We will email you a link that signs you in. It works once and expires in 15 minutes."
        error={emailError}
        required
      >
        {(c) => <input type="email" autoComplete="username" inputMode="email" spellCheck={false} {...c} defaultValue={state?.email} {...form.register("email")} />}
      </Field>
      <div className="form-actions">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Sending…" : "Email me a sign-in link"}
        </Button>
        <Link href={passwordHref}>Sign in with a password instead</Link>
      </div>
    </form>
  );
}
