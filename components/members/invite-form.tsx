"use client";
// "Invite someone": their email address and role, checked in the browser with the schema the server
// parses again. After a refusal the form keeps what was typed; after success it is ready for the next one.
import { useRef } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, ErrorSummary } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice, Field } from "@/components/ui/field";
import type { Role } from "@/lib/db/generated/enums";
import { inviteSchema, type InviteInput } from "@/lib/members/schemas";
import type { MemberFormAction, MemberFormState } from "./member-form-state";

type Props = {
  action: MemberFormAction;
  roles: { value: Role; label: string; description: string }[];
  ttlDays: number;
};

const DEFAULT_ROLE: Role = "OFFICER";
const EMPTY: InviteInput = { email: "", role: DEFAULT_ROLE };

export function InviteForm({ action, roles, ttlDays }: Props) {
  const statusRef = useRef<HTMLDivElement>(null);
  const { state, failure, isPending, form, formRef, summaryRef, formAction, onSubmit } = useActionForm<InviteInput, MemberFormState>(action, {
    schema: inviteSchema,
    defaultValues: (failure) => ({ email: failure?.values?.email ?? "", role: (failure?.values?.role as Role | undefined) ?? DEFAULT_ROLE }),
    resetTo: EMPTY,
    successFocus: statusRef,
  });

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
      onSubmit={onSubmit}
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
