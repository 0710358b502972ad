"use client";
// The page behind an emailed sign-in link: nothing happens until the person presses "Continue" (a
// POST), so mail scanners that open links do not use it up. Accounts with two-factor authentication
// also enter their code.
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { signInDestinationAction } from "@/app/(auth)/sign-in/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { totpCodeSchema, type TotpCodeInput } from "@/lib/auth/schemas";
import { decodeSignInFailure, signInFailureMessage, type SignInFailure } from "@/lib/auth/sign-in-errors";
import { CodeInput } from "./code-input";
import styles from "./sign-in.module.css";

export function SignInLinkContinue({ token, email, needsCode }: { token: string; email: string; needsCode: boolean }) {
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  // Without a code, the form has nothing to validate.
  const form = useForm<TotpCodeInput>({
    resolver: needsCode ? (zodResolver(totpCodeSchema) as never) : undefined,
    defaultValues: { code: "" },
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  useEffect(() => {
    if (failure) alertRef.current?.focus();
  }, [failure]);

  const isLinkGone = failure && ["LINK_INVALID", "LINK_EXPIRED", "LINK_USED"].includes(failure.code);
  if (isLinkGone) {
    return (
      <div ref={alertRef} tabIndex={-1}>
        <Alert tone="warning" title="This link no longer works">
          <p>{signInFailureMessage(failure)}</p>
        </Alert>
        <Link href="/sign-in?method=link">Email me a new sign-in link</Link>
      </div>
    );
  }

  const { errors, isSubmitting } = form.formState;
  return (
    <form
      className="form"
      method="post"
      noValidate
      aria-label="Continue signing in"
      onSubmit={form.handleSubmit(async ({ code }) => {
        setFailure(null);
        let result: Awaited<ReturnType<typeof signIn>>;
        try {
          result = await signIn("email-link", { redirect: false, callbackUrl: "/dashboard", token, code: needsCode ? code : "" });
        } catch {
          setFailure({ code: "UNAVAILABLE" });
          return;
        }
        if (result?.ok && !result.error) {
          window.location.assign(await signInDestinationAction("/dashboard"));
          await new Promise(() => {});
        }
        const next = decodeSignInFailure(result?.error);
        if (next.code === "TOTP_INVALID" || next.code === "TOTP_REQUIRED") {
          form.setError("code", { type: "server", message: signInFailureMessage(next) }, { shouldFocus: true });
          form.resetField("code", { keepError: true });
          return;
        }
        setFailure(next);
      })}
    >
      <p className={styles.account}>
        You are signing in as <strong>{email}</strong>.
      </p>
      {failure ? (
        <div ref={alertRef} tabIndex={-1}>
          <Alert tone="error" title="You are not signed in">
            <p>{signInFailureMessage(failure)}</p>
          </Alert>
        </div>
      ) : null}
      {needsCode ? (
        <Field
          id="code"
          label="6-digit code"
          hint="Your account uses two-factor authentication: enter the code your authenticator app shows for Rightsdesk."
          error={errors.code?.message}
          required
        >
          {(c) => (
            <CodeInput {...c} {...form.register("code")} />
          )}
        </Field>
      ) : null}
      <div className="form-actions">
        <Button type="submit" size="lg" disabled={isSubmitting}>
          {isSubmitting ? "Signing in…" : "Continue"}
        </Button>
      </div>
    </form>
  );
}
