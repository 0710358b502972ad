"use client";
// An invitee without an account creates one: their name and a password typed twice, checked in the browser
// with the schema the server parses again. The address is the invited one and cannot be changed here.
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, ErrorSummary } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { MIN_PASSWORD_LENGTH, newAccountSchema, type NewAccountInput } from "@/lib/members/schemas";
import type { MemberFormAction, MemberFormState } from "./member-form-state";

const FIELDS = ["name", "password", "confirm"] as const;

export function NewAccountForm({ action, email, submitLabel }: { action: MemberFormAction; email: string; submitLabel: string }) {
  const { failure, isPending, form, formRef, summaryRef, formAction, onSubmit } = useActionForm<NewAccountInput, MemberFormState>(action, {
    schema: newAccountSchema,
    // Only the name comes back after a refusal: passwords are never sent back to the browser.
    defaultValues: (failure) => ({ name: failure?.values?.name ?? "", password: "", confirm: "" }),
  });

  const errorOf = (field: (typeof FIELDS)[number]) => form.formState.errors[field]?.message;
  const summary = FIELDS.flatMap((f) => {
    const message = errorOf(f);
    return message ? [{ id: `account-${f}`, message }] : [];
  });

  return (
    <form
      ref={formRef}
      action={formAction}
      method="post"
      noValidate
      className="form"
      aria-label="Create your account"
      onSubmit={onSubmit}
    >
      {failure && !failure.fieldErrors ? (
        <Alert tone="error" title="Your account was not created">
          <p>{failure.error}</p>
        </Alert>
      ) : null}
      <ErrorSummary ref={summaryRef} errors={summary} />
      <Field id="account-email" label="Email address" hint="The address the invitation was sent to: you sign in with it.">
        {(c) => <input type="email" autoComplete="username" readOnly value={email} {...c} />}
      </Field>
      <Field id="account-name" label="Your name" hint="Your colleagues see it on the requests you work on." error={errorOf("name")} required>
        {(c) => <input type="text" autoComplete="name" {...c} {...form.register("name")} />}
      </Field>
      <Field id="account-password" label="Choose a password" hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few words you will remember make a good one.`} error={errorOf("password")} required>
        {(c) => <input type="password" autoComplete="new-password" {...c} {...form.register("password")} />}
      </Field>
      <Field id="account-confirm" label="Type the password again" error={errorOf("confirm")} required>
        {(c) => <input type="password" autoComplete="new-password" {...c} {...form.register("confirm")} />}
      </Field>
      <div className="form-actions">
        <Button type="submit" size="lg" disabled={isPending} aria-disabled={isPending || undefined}>
          {isPending ? "Creating your account…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
