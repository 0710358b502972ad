"use client";
// What every form posted to a server action shares: react-hook-form with the zod schema the server parses
// again, the server's field errors shown where the browser's are, what was typed kept after a refusal, and
// the post itself sent as a transition so the action's pending state and answer come back through
// useActionState. Without JavaScript the same <form action> posts to the same action.
import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useMemo, useRef, type RefObject } from "react";
import { useForm, type DefaultValues, type FieldErrors, type FieldValues } from "react-hook-form";
import type { z } from "zod";

/** What such an action answers: success (with whatever the form shows), or why not, with what was posted. */
export type ActionFormState =
  | { ok: true }
  | { ok: false; error: string; fieldErrors?: Partial<Record<string, string[]>>; values?: Record<string, unknown> }
  | null;

export type ActionFormFailure<State extends ActionFormState> = Extract<NonNullable<State>, { ok: false }>;

/** A server action's field errors in the shape react-hook-form shows. */
export function serverFieldErrors<T extends FieldValues>(fieldErrors: Partial<Record<string, string[]>> | undefined): FieldErrors<T> {
  const errors: Record<string, { type: string; message: string }> = {};
  for (const [field, messages] of Object.entries(fieldErrors ?? {})) {
    if (messages?.[0]) errors[field] = { type: "server", message: messages[0] };
  }
  return errors as FieldErrors<T>;
}

export function useActionForm<Values extends FieldValues, State extends ActionFormState>(
  action: (state: State, formData: FormData) => Promise<State>,
  options: {
    schema: z.ZodType;
    /** The form's values: at first, and after a refusal (then `failure` holds what was posted). */
    defaultValues: (failure: ActionFormFailure<State> | null) => DefaultValues<Values>;
    /** Forms that add something: the values to start again from after a success. */
    resetTo?: DefaultValues<Values>;
    /** Where the focus goes after a success (a confirmation, or a secret shown once: then selected). */
    successFocus?: RefObject<HTMLElement | null>;
  },
) {
  const [state, formAction, isPending] = useActionState<State, FormData>(action as (state: Awaited<State>, formData: FormData) => Promise<State>, null as Awaited<State>);
  const formRef = useRef<HTMLFormElement>(null);
  const failure = state && !state.ok ? (state as ActionFormFailure<State>) : null;
  const errors = useMemo(() => serverFieldErrors<Values>(failure?.fieldErrors), [failure]);
  const form = useForm<Values>({
    resolver: zodResolver(options.schema as never) as never,
    defaultValues: options.defaultValues(failure),
    errors,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });

  // After each answer the focus moves to it: the confirmation, or the error summary (else the place the
  // confirmation would be, where a form without a summary says what went wrong).
  const summaryRef = useRef<HTMLDivElement>(null);
  const { resetTo, successFocus } = options;
  useEffect(() => {
    if (!state) return;
    if (state.ok && resetTo) form.reset(resetTo);
    const target = state.ok ? successFocus?.current : (summaryRef.current ?? successFocus?.current);
    target?.focus();
    if (state.ok && target instanceof HTMLInputElement) target.select();
    // resetTo and successFocus are constants of each form: the effect runs once per answer.
  }, [state, form]);

  const onSubmit = form.handleSubmit(() => {
    startTransition(() => formAction(new FormData(formRef.current!)));
  });
  return { state, failure, isPending, form, formRef, summaryRef, formAction, onSubmit };
}
