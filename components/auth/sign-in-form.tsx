"use client";
// Email and password, then — for accounts with two-factor authentication — the 6-digit code, keeping
// what was typed in the first step. next-auth's "password" provider checks both on the server.
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { signInSchema, totpCodeSchema, type SignInInput, type TotpCodeInput } from "@/lib/auth/schemas";
import { decodeSignInFailure, signInFailureMessage } from "@/lib/auth/sign-in-errors";
import { signInDestinationAction } from "@/app/(auth)/sign-in/actions";
import { CodeInput } from "./code-input";
import styles from "./sign-in.module.css";

type Credentials = { email: string; password: string };

export function SignInForm({
  callbackUrl,
  linkHref,
  initialError,
  defaultEmail,
}: {
  callbackUrl: string;
  linkHref: string;
  initialError?: string;
  /** Filled in for someone whose address we know (e.g. an invitee who just created their account). */
  defaultEmail?: string;
}) {
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const [formError, setFormError] = useState<string | undefined>(initialError);
  const errorRef = useRef<HTMLDivElement>(null);

  const passwordForm = useForm<SignInInput>({
    resolver: zodResolver(signInSchema) as never,
    // No empty defaults: react-hook-form would wipe what someone typed before the page finished loading.
    defaultValues: defaultEmail ? { email: defaultEmail } : undefined,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const codeForm = useForm<TotpCodeInput>({
    resolver: zodResolver(totpCodeSchema) as never,
    defaultValues: { code: "" },
    mode: "onSubmit",
    reValidateMode: "onChange",
  });

  useEffect(() => {
    if (formError) errorRef.current?.focus();
  }, [formError]);
  useEffect(() => {
    if (credentials) codeForm.setFocus("code");
  }, [credentials, codeForm]);
  useEffect(() => {
    if (defaultEmail) passwordForm.setFocus("password");
  }, [defaultEmail, passwordForm]);

  /** One attempt: signed in and on the way, or the reason shown where it belongs. */
  async function attempt(values: Credentials & { code?: string }): Promise<void> {
    setFormError(undefined);
    let result: Awaited<ReturnType<typeof signIn>>;
    try {
      result = await signIn("password", { redirect: false, callbackUrl, email: values.email, password: values.password, code: values.code ?? "" });
    } catch {
      setFormError(signInFailureMessage({ code: "UNAVAILABLE" }));
      return;
    }
    if (result?.ok && !result.error) {
      window.location.assign(await signInDestinationAction(callbackUrl));
      // Stay "submitting" while the next page loads.
      await new Promise(() => {});
    }
    const failure = decodeSignInFailure(result?.error);
    if (failure.code === "TOTP_REQUIRED") {
      setCredentials({ email: values.email, password: values.password });
      return;
    }
    if (failure.code === "TOTP_INVALID") {
      codeForm.setError("code", { type: "server", message: signInFailureMessage(failure) }, { shouldFocus: true });
      codeForm.resetField("code", { keepError: true });
      return;
    }
    if (failure.code === "INVALID_CREDENTIALS") passwordForm.resetField("password");
    setFormError(signInFailureMessage(failure));
  }

  const errorAlert = formError ? (
    <div ref={errorRef} tabIndex={-1}>
      <Alert tone="error" title="You are not signed in">
        <p>{formError}</p>
      </Alert>
    </div>
  ) : null;

  if (credentials) {
    const { errors, isSubmitting } = codeForm.formState;
    return (
      <form
        className="form"
        // POST, never GET: a submit before the scripts load must not put credentials in the address.
        method="post"
        noValidate
        aria-labelledby="code-step-title"
        onSubmit={codeForm.handleSubmit(({ code }) => attempt({ ...credentials, code }))}
      >
        <h2 id="code-step-title" className={styles.title}>
          Two-factor authentication
        </h2>
        <p className={styles.intro}>
          Open the authenticator app on your phone and enter the 6-digit code it shows for Rightsdesk ({credentials.email}).
        </p>
        {errorAlert}
        <Field id="code" label="6-digit code" error={errors.code?.message} required>
          {(c) => (
            <CodeInput {...c} {...codeForm.register("code")} />
          )}
        </Field>
        <div className="form-actions">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Checking…" : "Verify and sign in"}
          </Button>
          <Button
            variant="quiet"
            onClick={() => {
              setCredentials(null);
              setFormError(undefined);
              passwordForm.resetField("password");
              codeForm.reset();
            }}
          >
            Use a different account
          </Button>
        </div>
      </form>
    );
  }

  const { errors, isSubmitting } = passwordForm.formState;
  return (
    <form
      className="form"
      // POST, never GET: a submit before the scripts load must not put credentials in the address.
      method="post"
      noValidate
      aria-label="Sign in with email and password"
      onSubmit={passwordForm.handleSubmit(({ email, password }) => attempt({ email, password }))}
    >
      {errorAlert}
      <Field id="email" label="Email address" error={errors.email?.message} required>
        {(c) => <input type="email" autoComplete="username" inputMode="email" spellCheck={false} {...c} defaultValue={defaultEmail} {...passwordForm.register("email")} />}
      </Field>
      <Field id="password" label="Password" error={errors.password?.message} required>
        {(c) => <input type="password" autoComplete="current-password" {...c} {...passwordForm.register("password")} />}
      </Field>
      <div className="form-actions">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Signing in…" : "Sign in"}
        </Button>
        <Link href={linkHref}>Email me a sign-in link instead</Link>
      </div>
    </form>
  );
}
