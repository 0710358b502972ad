"use client";
// "Invite someone": their email address and role, checked in the browser with the schema the server
// parses again. After a refusal the form keeps what was typed; after success it is ready for the next one.
import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useMemo, useRef } from "react";
import { useForm } from "react-hook-form";
import { Alert, ErrorSummary } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice, Field } from "@/components/ui/field";
import type { Role } from "@/lib/db/generated/enums";
import { inviteSchema, type InviteInput } from "@/lib/members/schemas";
import type { MemberFormAction } from "./member-form-state";
import { serverFieldErrors } from "./server-errors";

type Props = {
  action: MemberFormAction;
  roles: { value: Role; label: string; description: string }[];
  ttlDays: number;
};

const DEFAULT_ROLE: Role = "OFFICER";

export function InviteForm({ action, roles, ttlDays }: Props) {
  const [state, formAction, isPending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const failure = state && !state.ok ? state : null;
  const errors = useMemo(() => serverFieldErrors<InviteInput>(failure?.fieldErrors), [failure]);
  const form = useForm<InviteInput>({
    resolver: zodResolver(inviteSchema) as never,
    defaultValues: { email: failure?.values?.email ?? "", role: (failure?.values?.role as Role | undefined) ?? DEFAULT_ROLE },
    errors,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });

  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      form.reset({ email: "", role: DEFAULT_ROLE });
      statusRef.current?.focus();
    } else {
      summaryRef.current?.focus();
    }
  }, [state, form]);

  const emailError = form.formState.errors.email?.message;
  const roleError = form.formState.errors.role?.message;
  const firstRoleId = `invite-role-${roles[0]?.value}`;
  const summary = [
    ...(emailError ? [{ id: "invite-email", message: emailError }] : []),
    ...(roleError ? [{ id: firstRoleId, message: roleError }] : []),
  ];

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="form"
      aria-labelledby="invite-heading"
      onSubmit={form.handleSubmit(() => {
        startTransition(() => formAction(new FormData(formRef.current!)));
      })}
    >
      <div ref={statusRef} tabIndex={-1}>
        {state?.ok ? <Alert tone="success">{state.message}</Alert> : null}
        {failure && !failure.fieldErrors ? (
          <Alert tone="error" title="No invitation was sent">
            <p>{failure.error}</p>
          </Alert>
        ) : null}
      </div>
      <ErrorSummary ref={summaryRef} errors={summary} />
      <Field id="invite-email" label="Email address" hint={`We email them a link to join. It works once, for ${ttlDays} days.`} error={emailError} required>
        {(c) => <input type="email" autoComplete="off" inputMode="email" spellCheck={false} {...c} {...form.register("email")} />}
      </Field>
      <Field id={firstRoleId} group label="Role" error={roleError} required className="choice-list--compact">
        {roles.map((r) => (
          <Choice key={r.value} id={`invite-role-${r.value}`} value={r.value} label={r.label} description={r.description} {...form.register("role")} />
        ))}
      </Field>
      <div className="form-actions">
        <Button type="submit" disabled={isPending} aria-disabled={isPending || undefined}>
          {isPending ? "Sending…" : "Send invitation"}
        </Button>
      </div>
    </form>
  );
}
