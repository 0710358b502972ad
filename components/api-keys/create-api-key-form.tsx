"use client";
// "Create an API key": its name and scope, checked in the browser with the schema the server parses again.
// On success the secret is shown here once, in a read-only field ready to copy; it cannot be shown again.
import { useRef } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, ErrorSummary } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice, Field } from "@/components/ui/field";
import { createApiKeySchema, type CreateApiKeyInput } from "@/lib/api-keys/schemas";
import type { ApiKeyScope } from "@/lib/db/generated/enums";

export type CreateApiKeyState =
  | { ok: true; name: string; token: string; scopeLabel: string }
  | { ok: false; error: string; fieldErrors?: Partial<Record<string, string[]>>; values?: Record<string, string> }
  | null;

type Props = {
  action: (state: CreateApiKeyState, formData: FormData) => Promise<CreateApiKeyState>;
  scopes: { value: ApiKeyScope; label: string; description: string }[];
};

const EMPTY: CreateApiKeyInput = { name: "", scope: "READ" };

export function CreateApiKeyForm({ action, scopes }: Props) {
  const secretRef = useRef<HTMLInputElement>(null);
  const { state, failure, isPending, form, formRef, summaryRef, formAction, onSubmit } = useActionForm<CreateApiKeyInput, CreateApiKeyState>(action, {
    schema: createApiKeySchema,
    defaultValues: (failure) => ({ name: failure?.values?.name ?? EMPTY.name, scope: (failure?.values?.scope as ApiKeyScope | undefined) ?? EMPTY.scope }),
    resetTo: EMPTY,
    successFocus: secretRef,
  });

  const nameError = form.formState.errors.name?.message;
  const scopeError = form.formState.errors.scope?.message;
  const firstScopeId = `api-key-scope-${scopes[0]?.value}`;
  const summary = [...(nameError ? [{ id: "api-key-name", message: nameError }] : []), ...(scopeError ? [{ id: firstScopeId, message: scopeError }] : [])];

  return (
    <div className="stack">
      {state?.ok ? (
        <Alert tone="success" title={`API key "${state.name}" created (${state.scopeLabel})`}>
          <Field id="api-key-secret" label="The key" hint="Copy it now and keep it in your system's secret store: it is shown only this once. Lost it? Revoke it and create another.">
            {(c) => <input ref={secretRef} type="text" readOnly value={state.token} spellCheck={false} autoComplete="off" {...c} />}
          </Field>
        </Alert>
      ) : null}
      <form
        ref={formRef}
        action={formAction}
        noValidate
        className="form"
        aria-labelledby="create-api-key-heading"
        onSubmit={onSubmit}
      >
        {failure && !failure.fieldErrors ? (
          <Alert tone="error" title="No key was created">
            <p>{failure.error}</p>
          </Alert>
        ) : null}
        <ErrorSummary ref={summaryRef} errors={summary} />
        <Field id="api-key-name" label="Name" hint="What uses the key, e.g. CRM sync. History and the audit log name the key by it." error={nameError} required>
          {(c) => <input type="text" autoComplete="off" maxLength={100} {...c} {...form.register("name")} />}
        </Field>
        <Field id={firstScopeId} group label="What it may do" error={scopeError} required className="choice-list--compact">
          {scopes.map((s) => (
            <Choice key={s.value} id={`api-key-scope-${s.value}`} value={s.value} label={s.label} description={s.description} {...form.register("scope")} />
          ))}
        </Field>
        <div className="form-actions">
          <Button type="submit" disabled={isPending} aria-disabled={isPending || undefined}>
            {isPending ? "Creating…" : "Create API key"}
          </Button>
        </div>
      </form>
    </div>
  );
}
