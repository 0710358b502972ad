"use client";
// One settings form, described by its fields: react-hook-form with the form's zod schema (the one the
// server action parses with again), posted to its server action, errors next to the fields and in a
// summary, and what was typed kept after a refusal. Without JavaScript it is a plain POST to the same action.
import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useMemo, useRef, type ReactNode } from "react";
import { useForm, useWatch, type FieldErrors, type Resolver } from "react-hook-form";
import { Alert, ErrorSummary } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Choice, Field } from "@/components/ui/field";
import type { SettingsFormAction, SettingsFormState, SettingsValues } from "./settings-form-state";
import { SETTINGS_SCHEMAS, type SettingsSchemaKey } from "./settings-form-schemas";
import styles from "./settings.module.css";

type Base = { name: string; label: string; hint?: ReactNode; required?: boolean };
type Option = { value: string; label: string; description?: string };

export type SettingsField =
  | (Base & { kind: "text" | "email" | "url"; autoComplete?: string; width?: "short" | "medium"; placeholder?: string })
  | (Base & { kind: "number"; suffix?: string })
  | (Base & { kind: "textarea"; rows?: number })
  | (Base & { kind: "select"; options: Option[] })
  | (Base & { kind: "radios"; options: Option[] })
  | (Base & { kind: "checkboxes"; options: Option[] })
  | (Base & { kind: "checkbox" })
  | (Base & { kind: "file"; accept?: string })
  | { kind: "section"; title: string; intro?: ReactNode; fields: SettingsField[] }
  | { kind: "conditional"; when: { field: string; values: string[] }; fields: SettingsField[] };

export type SettingsFormProps = {
  /** Unique on the page: prefixes every control's id. */
  id: string;
  action: SettingsFormAction;
  schema: SettingsSchemaKey;
  fields: SettingsField[];
  /** The values the form starts with (the saved settings). */
  defaults?: Record<string, string | string[] | boolean>;
  submitLabel: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
  /** Empty the form after a success (forms that add something). */
  resetOnSuccess?: boolean;
  intro?: ReactNode;
  /** The form's accessible name, when it has no heading of its own. */
  label?: string;
  className?: string;
};

type Leaf = Exclude<SettingsField, { kind: "section" } | { kind: "conditional" }>;

function leaves(fields: SettingsField[]): Leaf[] {
  return fields.flatMap((f) => (f.kind === "section" || f.kind === "conditional" ? leaves(f.fields) : [f]));
}

function isTicked(value: unknown): boolean {
  return value === true || value === "on" || value === "true";
}

/** What the form starts with: the saved settings, or (after a refusal without JavaScript) what was posted. */
function startingValues(fields: SettingsField[], defaults: SettingsFormProps["defaults"], posted: SettingsValues | undefined) {
  const values: Record<string, string | string[] | boolean> = {};
  for (const f of leaves(fields)) {
    if (f.kind === "file") continue;
    const value = posted && f.name in posted ? posted[f.name] : defaults?.[f.name];
    if (f.kind === "checkboxes") values[f.name] = Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [];
    else if (f.kind === "checkbox") values[f.name] = isTicked(value);
    else values[f.name] = typeof value === "string" ? value : Array.isArray(value) ? value.join(", ") : value === undefined ? "" : String(value);
  }
  return values;
}

export function SettingsForm(props: SettingsFormProps) {
  const { id, action, schema, fields, defaults, submitLabel, pendingLabel, variant = "primary", resetOnSuccess, intro, label, className } = props;
  const [state, formAction, isPending] = useActionState<SettingsFormState, FormData>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const posted = state && !state.ok ? state.values : undefined;
  const initial = useMemo(() => startingValues(fields, defaults, posted), [fields, defaults, posted]);
  const serverErrors = useMemo(() => {
    const errors: FieldErrors = {};
    for (const [field, messages] of Object.entries(state && !state.ok ? (state.fieldErrors ?? {}) : {})) {
      if (messages?.[0]) errors[field] = { type: "server", message: messages[0] };
    }
    return errors;
  }, [state]);

  const form = useForm<Record<string, unknown>>({
    resolver: schema === "none" ? undefined : (zodResolver(SETTINGS_SCHEMAS[schema] as never) as Resolver<Record<string, unknown>>),
    defaultValues: initial,
    errors: serverErrors,
    // Fields hidden by a condition are not part of the answer.
    shouldUnregister: true,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const { register, formState, control, reset } = form;
  const watched = useWatch({ control }) as Record<string, unknown>;

  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      if (resetOnSuccess) reset(startingValues(fields, defaults, undefined));
      statusRef.current?.focus();
    } else {
      summaryRef.current?.focus();
    }
    // Only a new answer from the server moves focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const fieldId = (name: string) => `${id}-${name}`;
  const anchorOf = (f: Leaf) => (f.kind === "radios" || f.kind === "checkboxes" ? fieldId(`${f.name}-${f.options[0]?.value}`) : fieldId(f.name));
  const errorOf = (name: string): string | undefined => {
    const client = formState.errors[name]?.message;
    if (typeof client === "string") return client;
    return state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
  };
  const summary = leaves(fields).flatMap((f) => {
    const message = errorOf(f.name);
    return message ? [{ id: anchorOf(f), message }] : [];
  });

  function render(field: SettingsField, key: string): ReactNode {
    switch (field.kind) {
      case "section":
        return (
          <fieldset key={key} className={styles.section}>
            <legend className={styles.sectionTitle}>{field.title}</legend>
            {field.intro ? <div className={styles.sectionIntro}>{field.intro}</div> : null}
            {field.fields.map((f, i) => render(f, `${key}-${i}`))}
          </fieldset>
        );
      case "conditional": {
        const current = watched?.[field.when.field] ?? initial[field.when.field];
        return field.when.values.includes(String(current ?? "")) ? (
          <div key={key} className={styles.conditional}>
            {field.fields.map((f, i) => render(f, `${key}-${i}`))}
          </div>
        ) : null;
      }
      case "text":
      case "email":
      case "url":
        return (
          <Field key={field.name} id={fieldId(field.name)} label={field.label} hint={field.hint} error={errorOf(field.name)} required={field.required}>
            {(c) => (
              <input
                {...c}
                type={field.kind}
                autoComplete={field.autoComplete ?? "off"}
                spellCheck={field.kind === "text" ? undefined : false}
                placeholder={field.placeholder}
                className={field.width === "short" ? "input--short" : field.width === "medium" ? "input--medium" : undefined}
                defaultValue={initial[field.name] as string}
                {...register(field.name)}
              />
            )}
          </Field>
        );
      case "number":
        return (
          <Field key={field.name} id={fieldId(field.name)} label={field.label} hint={field.hint} error={errorOf(field.name)} required={field.required}>
            {(c) => (
              <span className={styles.withSuffix}>
                <input {...c} type="text" inputMode="numeric" autoComplete="off" className="input--short" defaultValue={initial[field.name] as string} {...register(field.name)} />
                {field.suffix ? <span className={styles.suffix}>{field.suffix}</span> : null}
              </span>
            )}
          </Field>
        );
      case "textarea":
        return (
          <Field key={field.name} id={fieldId(field.name)} label={field.label} hint={field.hint} error={errorOf(field.name)} required={field.required}>
            {(c) => <textarea {...c} rows={field.rows ?? 4} defaultValue={initial[field.name] as string} {...register(field.name)} />}
          </Field>
        );
      case "select":
        return (
          <Field key={field.name} id={fieldId(field.name)} label={field.label} hint={field.hint} error={errorOf(field.name)} required={field.required}>
            {(c) => (
              <select {...c} defaultValue={initial[field.name] as string} {...register(field.name)}>
                {field.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        );
      case "radios":
      case "checkboxes": {
        const chosen = initial[field.name];
        return (
          <Field
            key={field.name}
            id={anchorOf(field)}
            group
            label={field.label}
            hint={field.hint}
            error={errorOf(field.name)}
            required={field.required}
            className="choice-list--compact"
          >
            {field.options.map((o) => (
              <Choice
                key={o.value}
                id={fieldId(`${field.name}-${o.value}`)}
                type={field.kind === "radios" ? "radio" : "checkbox"}
                value={o.value}
                label={o.label}
                description={o.description}
                defaultChecked={Array.isArray(chosen) ? chosen.includes(o.value) : chosen === o.value}
                {...register(field.name)}
              />
            ))}
          </Field>
        );
      }
      case "checkbox":
        return (
          <div key={field.name} className={["field", errorOf(field.name) ? "field--invalid" : null].filter(Boolean).join(" ")}>
            <Choice
              id={fieldId(field.name)}
              type="checkbox"
              label={field.label}
              description={field.hint}
              defaultChecked={initial[field.name] === true}
              {...register(field.name)}
            />
          </div>
        );
      case "file":
        return (
          <Field key={field.name} id={fieldId(field.name)} label={field.label} hint={field.hint} error={errorOf(field.name)} required={field.required}>
            {(c) => <input {...c} type="file" accept={field.accept} className={styles.file} {...register(field.name)} />}
          </Field>
        );
    }
  }

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      aria-label={label}
      className={["form", styles.form, className].filter(Boolean).join(" ")}
      onSubmit={form.handleSubmit(() => {
        startTransition(() => formAction(new FormData(formRef.current!)));
      })}
    >
      {intro}
      <div ref={statusRef} tabIndex={-1} className={styles.status}>
        {state?.ok ? <Alert tone="success">{state.message}</Alert> : null}
        {state && !state.ok && summary.length === 0 ? (
          <Alert tone="error" title="That did not work">
            {state.error}
          </Alert>
        ) : null}
      </div>
      <ErrorSummary ref={summaryRef} errors={summary} />
      {fields.map((f, i) => render(f, `${id}-${i}`))}
      <div className="form-actions">
        <Button type="submit" variant={variant} disabled={isPending} aria-disabled={isPending || undefined}>
          {isPending ? (pendingLabel ?? "Saving…") : submitLabel}
        </Button>
      </div>
    </form>
  );
}
