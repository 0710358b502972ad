"use client";
// One form on a request page, described by its fields: checked in the browser with the form's zod
// schema, posted to its server action, with errors next to the fields and in a summary, and what was
// typed kept after a refusal. Without JavaScript it is a plain POST to the same action.
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Alert, ErrorSummary } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Choice, Field } from "@/components/ui/field";
import type { RequestFormContext } from "@/lib/requests/schemas";
import type { ActionFormState, FormAction } from "./action-form-state";
import { validateForm, type FormSchemaKey } from "./form-schemas";
import styles from "./action-form.module.css";

type Base = { name: string; label: string; hint?: ReactNode; required?: boolean };

export type ActionField =
  | (Base & { kind: "textarea"; rows?: number })
  | (Base & { kind: "text" | "email"; autoComplete?: string; inputMode?: "numeric" })
  | (Base & { kind: "select"; options: { value: string; label: string }[]; defaultValue?: string })
  | (Base & { kind: "radios"; options: { value: string; label: string; description?: string }[]; defaultValue?: string })
  | (Base & { kind: "file"; accept?: string; multiple?: boolean })
  | { kind: "hidden"; name: string; value: string }
  | { kind: "conditional"; when: { field: string; values: string[] }; fields: ActionField[] };

export type ActionFormProps = {
  /** Unique on the page: prefixes every control's id. */
  id: string;
  action: FormAction;
  schema: FormSchemaKey;
  intake?: RequestFormContext;
  fields: ActionField[];
  submitLabel: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
  intro?: ReactNode;
  className?: string;
};

function flatFields(fields: ActionField[]): ActionField[] {
  return fields.flatMap((f) => (f.kind === "conditional" ? flatFields(f.fields) : [f]));
}

function initialWatched(fields: ActionField[]): Record<string, string> {
  const watched: Record<string, string> = {};
  for (const f of flatFields(fields)) {
    if ((f.kind === "select" || f.kind === "radios") && f.defaultValue) watched[f.name] = f.defaultValue;
  }
  return watched;
}

export function ActionForm(props: ActionFormProps) {
  const { id, action, schema, intake, fields, submitLabel, pendingLabel, variant = "primary", intro, className } = props;
  const t = useTranslations("ui");
  const [state, formAction, isPending] = useActionState<ActionFormState, FormData>(action, null);
  const [clientErrors, setClientErrors] = useState<Partial<Record<string, string[]>> | null>(null);
  const [watched, setWatched] = useState<Record<string, string>>(() => initialWatched(fields));
  const summaryRef = useRef<HTMLDivElement>(null);
  const values = state && !state.ok ? (state.values ?? {}) : {};

  useEffect(() => {
    if (state && !state.ok) summaryRef.current?.focus();
  }, [state]);

  const fieldId = (name: string) => `${id}-${name}`;
  const errorOf = (name: string) => clientErrors?.[name]?.[0] ?? (state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined);
  const summary = flatFields(fields).flatMap((f) => {
    if (f.kind === "hidden" || f.kind === "conditional") return [];
    const message = errorOf(f.name);
    const anchor = f.kind === "radios" ? fieldId(`${f.name}-${f.options[0]?.value}`) : fieldId(f.name);
    return message ? [{ id: anchor, message }] : [];
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const data: Record<string, string> = {};
    for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === "string") data[key] = value;
    const errors = validateForm(schema, data, intake);
    setClientErrors(errors);
    if (errors) {
      event.preventDefault();
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  }

  function render(field: ActionField): ReactNode {
    switch (field.kind) {
      case "hidden":
        return <input key={field.name} type="hidden" name={field.name} value={field.value} />;
      case "conditional":
        return field.when.values.includes(watched[field.when.field] ?? "") ? (
          <div key={`when-${field.when.field}-${field.when.values.join("-")}`} className={styles.conditional}>
            {field.fields.map(render)}
          </div>
        ) : null;
      case "textarea":
        return (
          <Field key={field.name} id={fieldId(field.name)} label={field.label} hint={field.hint} error={errorOf(field.name)} required={field.required}>
            {(c) => <textarea {...c} name={field.name} rows={field.rows ?? 4} defaultValue={values[field.name]} />}
          </Field>
        );
      case "text":
      case "email":
        return (
          <Field key={field.name} id={fieldId(field.name)} label={field.label} hint={field.hint} error={errorOf(field.name)} required={field.required}>
            {(c) => (
              <input
                {...c}
                type={field.kind}
                name={field.name}
                autoComplete={field.autoComplete ?? "off"}
                inputMode={field.inputMode}
                defaultValue={values[field.name]}
              />
            )}
          </Field>
        );
      case "select":
        return (
          <Field key={field.name} id={fieldId(field.name)} label={field.label} hint={field.hint} error={errorOf(field.name)} required={field.required}>
            {(c) => (
              <select
                {...c}
                name={field.name}
                defaultValue={values[field.name] ?? field.defaultValue}
                onChange={(e) => setWatched((w) => ({ ...w, [field.name]: e.target.value }))}
              >
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
        return (
          <Field
            key={field.name}
            id={fieldId(`${field.name}-${field.options[0]?.value}`)}
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
                name={field.name}
                value={o.value}
                label={o.label}
                description={o.description}
                defaultChecked={(values[field.name] ?? field.defaultValue) === o.value}
                onChange={() => setWatched((w) => ({ ...w, [field.name]: o.value }))}
              />
            ))}
          </Field>
        );
      case "file":
        return (
          <Field key={field.name} id={fieldId(field.name)} label={field.label} hint={field.hint} error={errorOf(field.name)} required={field.required}>
            {(c) => <input {...c} type="file" name={field.name} accept={field.accept} multiple={field.multiple} className={styles.file} />}
          </Field>
        );
    }
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className={["form", styles.form, className].filter(Boolean).join(" ")}>
      {intro}
      {state?.ok ? <Alert tone="success">{state.message}</Alert> : null}
      {state && !state.ok && summary.length === 0 ? (
        <Alert tone="error" title={t("actionFailed")}>
          {state.error}
        </Alert>
      ) : null}
      <ErrorSummary ref={summaryRef} errors={summary} />
      {fields.map(render)}
      <div className="form-actions">
        <Button type="submit" variant={variant} disabled={isPending} aria-disabled={isPending || undefined}>
          {isPending ? (pendingLabel ?? t("saving")) : submitLabel}
        </Button>
      </div>
    </form>
  );
}
