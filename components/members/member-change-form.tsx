"use client";
// One member's role and the queues they work, checked in the browser with the schema the server parses
// again. The queues decide whose unassigned requests remind them (docs/decisions/0006-reminders.md).
import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useMemo, useRef } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice, Field } from "@/components/ui/field";
import type { Queue, Role } from "@/lib/db/generated/enums";
import { changeMemberSchema } from "@/lib/members/schemas";
import type { MemberFormAction } from "./member-form-state";
import { serverFieldErrors } from "./server-errors";

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
  const [state, formAction, isPending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const failure = state && !state.ok ? state : null;
  const errors = useMemo(() => serverFieldErrors<Values>(failure?.fieldErrors), [failure]);
  const form = useForm<Values>({
    resolver: zodResolver(changeMemberSchema) as never,
    defaultValues: current,
    errors,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  useEffect(() => {
    if (state) statusRef.current?.focus();
  }, [state]);

  const roleError = form.formState.errors.role?.message;
  const queuesError = form.formState.errors.queues?.message;
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
