"use client";
// One member's role and the queues they work, checked in the browser with the schema the server parses
// again. The queues decide whose unassigned requests remind them (docs/decisions/0006-reminders.md).
import { useRef } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice, Field } from "@/components/ui/field";
import type { Queue, Role } from "@/lib/db/generated/enums";
import { changeMemberSchema } from "@/lib/members/schemas";
import type { MemberFormAction, MemberFormState } from "./member-form-state";

type Values = { role: Role; queues: Queue[] };

type Props = {
  /** Unique on the page: prefixes every control's id. */
  id: string;
  action: MemberFormAction;
  roles: { value: Role; label: string }[];
  queues: { value: Queue; label: string }[];
  current: Values;
};

export function MemberChangeForm({ id, action, roles, queues, current }: Props) {
  const statusRef = useRef<HTMLDivElement>(null);
  const { state, failure, isPending, form, formRef, formAction, onSubmit } = useActionForm<Values, MemberFormState>(action, {
    schema: changeMemberSchema,
    defaultValues: () => current,
    successFocus: statusRef,
  });

  const roleError = form.formState.errors.role?.message;
  const queuesError = form.formState.errors.queues?.message;
  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="form"
      onSubmit={onSubmit}
    >
      <div ref={statusRef} tabIndex={-1}>
        {state?.ok ? <Alert tone="success">{state.message}</Alert> : null}
        {failure && !failure.fieldErrors?.role ? (
          <Alert tone="error" title="Nothing was changed">
            <p>{failure.error}</p>
          </Alert>
        ) : null}
      </div>
      <Field id={`${id}-role`} label="Role" error={roleError} required>
        {(c) => (
          <select {...c} {...form.register("role")}>
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={`${id}-queues-${queues[0]?.value}`}
        group
        label="Queues they work"
        hint="Unassigned requests of these queues remind them as their due dates near (privacy officers; owners and admins only when no officer works the queue)."
        error={queuesError}
        className="choice-list--compact"
      >
        {queues.map((q) => (
          <Choice key={q.value} id={`${id}-queues-${q.value}`} type="checkbox" value={q.value} label={q.label} {...form.register("queues")} />
        ))}
      </Field>
      <div className="form-actions">
        <Button type="submit" variant="secondary" disabled={isPending} aria-disabled={isPending || undefined}>
          {isPending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
