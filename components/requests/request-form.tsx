"use client";
// The data subject's request form: react-hook-form with the same zod schema the server parses again.
// Without JavaScript it is a plain form POST to the server action, and errors come back from there.
import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useMemo, useRef } from "react";
import { useForm, type FieldErrors } from "react-hook-form";
import { Alert, ErrorSummary } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice, Field } from "@/components/ui/field";
import type { Queue, RequestType } from "@/lib/db/generated/enums";
import type { Jurisdiction } from "@/lib/requests/jurisdictions";
import { requestSchemaFor, REQUEST_FIELDS, type RequestField } from "@/lib/requests/schemas";
import type { RequestFormState } from "./request-form-state";
import styles from "./request-form.module.css";

export type RequestFormProps = {
  action: (state: RequestFormState, formData: FormData) => Promise<RequestFormState>;
  organizationName: string;
  requestTypes: { type: RequestType; label: string; description: string }[];
  relationships: { key: string; label: string; description: string | null; queue: Queue; controllerPrompt: string | null }[];
  jurisdictions: readonly Jurisdiction[];
  defaultJurisdiction: string;
};

type Values = Partial<Record<RequestField, string>>;

/** The id an error links to: a group's first option, or the control itself. */
function anchorOf(field: RequestField, props: RequestFormProps): string {
  if (field === "type") return `type-${props.requestTypes[0]?.type}`;
  if (field === "relationship") return `relationship-${props.relationships[0]?.key}`;
  return field;
}

export function RequestForm(props: RequestFormProps) {
  const { action, organizationName, requestTypes, relationships, jurisdictions, defaultJurisdiction } = props;
  const [state, formAction, isPending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const schema = useMemo(
    () => requestSchemaFor({ requestTypes: requestTypes.map((t) => t.type), relationships }),
    [requestTypes, relationships],
  );
  const initial: Values = state?.values ?? { jurisdiction: defaultJurisdiction };
  const serverErrors = useMemo(() => {
    const errors: FieldErrors<Values> = {};
    for (const [field, messages] of Object.entries(state?.fieldErrors ?? {})) {
      if (messages?.[0]) errors[field as RequestField] = { type: "server", message: messages[0] };
    }
    return errors;
  }, [state]);

  const form = useForm<Values>({
    resolver: zodResolver(schema) as never,
    defaultValues: initial,
    errors: serverErrors,
    // Validate on submit, then as the subject corrects: checking on blur moved the button under the
    // pointer of someone clicking "Send request" straight from a field.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const { register, formState, watch } = form;

  // After the server refused the form, take the subject to the list of problems.
  useEffect(() => {
    if (state) summaryRef.current?.focus();
  }, [state]);

  const errorOf = (field: RequestField) => formState.errors[field]?.message ?? state?.fieldErrors[field]?.[0];
  const summary = REQUEST_FIELDS.flatMap((field) => {
    const message = errorOf(field);
    return message ? [{ id: anchorOf(field, props), message }] : [];
  });

  const chosenRelationship = relationships.find((r) => r.key === watch("relationship"));
  const firstProcessor = relationships.find((r) => r.queue === "PROCESSOR");
  const controllerPrompt =
    (chosenRelationship?.queue === "PROCESSOR" ? chosenRelationship.controllerPrompt : firstProcessor?.controllerPrompt) ??
    "Which website or company did you deal with?";

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className={`form ${styles.form}`}
      onSubmit={form.handleSubmit(() => {
        startTransition(() => formAction(new FormData(formRef.current!)));
      })}
    >
      {state?.formError ? <Alert tone="error" title="We could not send your request">{state.formError}</Alert> : null}
      <ErrorSummary ref={summaryRef} errors={summary} />

      <Field id={anchorOf("type", props)} group label="What would you like us to do?" error={errorOf("type")} required>
        {requestTypes.map((t) => (
          <Choice
            key={t.type}
            id={`type-${t.type}`}
            value={t.type}
            label={t.label}
            description={t.description}
            defaultChecked={initial.type === t.type}
            {...register("type")}
          />
        ))}
      </Field>

      <div className={styles.whenCorrection}>
        <Field id="correctionWrong" label="Which information is wrong?" error={errorOf("correctionWrong")} required>
          {(c) => <textarea rows={3} {...c} defaultValue={initial.correctionWrong} {...register("correctionWrong")} />}
        </Field>
        <Field id="correctionRight" label="What should it say instead?" error={errorOf("correctionRight")} required>
          {(c) => <textarea rows={3} {...c} defaultValue={initial.correctionRight} {...register("correctionRight")} />}
        </Field>
      </div>

      <Field
        id={anchorOf("relationship", props)}
        group
        label={`How do you know ${organizationName}?`}
        hint="This tells us who decides about your data, so your request reaches the right team."
        error={errorOf("relationship")}
        required
      >
        {relationships.map((r) => (
          <Choice
            key={r.key}
            id={`relationship-${r.key}`}
            value={r.key}
            label={r.label}
            description={r.description ?? undefined}
            data-queue={r.queue}
            defaultChecked={initial.relationship === r.key}
            {...register("relationship")}
          />
        ))}
      </Field>

      {firstProcessor ? (
        <div className={styles.whenProcessor}>
          <Field
            id="controllerName"
            label={controllerPrompt}
            hint={`${organizationName} handles this data for one of its customers. We will pass your request to them and tell you.`}
            error={errorOf("controllerName")}
            required
          >
            {(c) => <input type="text" autoComplete="off" {...c} defaultValue={initial.controllerName} {...register("controllerName")} />}
          </Field>
        </div>
      ) : null}

      <Field id="name" label="Your full name" error={errorOf("name")} required>
        {(c) => <input type="text" autoComplete="name" {...c} defaultValue={initial.name} {...register("name")} />}
      </Field>

      <Field
        id="email"
        label="Your email address"
        hint="We will send you a link to confirm it is you, and then a private link to follow your request."
        error={errorOf("email")}
        required
      >
        {(c) => <input type="email" autoComplete="email" inputMode="email" {...c} defaultValue={initial.email} {...register("email")} />}
      </Field>

      <Field
        id="jurisdiction"
        label="Where do you live?"
        hint="Privacy laws differ between countries and states. This helps us apply the right one."
        error={errorOf("jurisdiction")}
        required
      >
        {(c) => (
          <select autoComplete="country" {...c} defaultValue={initial.jurisdiction} {...register("jurisdiction")}>
            {jurisdictions.map((j) => (
              <option key={j.code} value={j.code}>
                {j.name}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field
        id="details"
        label="Anything else we should know? (optional)"
        hint="For example, other email addresses or usernames you used, or which data your request is about."
        error={errorOf("details")}
      >
        {(c) => <textarea rows={5} {...c} defaultValue={initial.details} {...register("details")} />}
      </Field>

      <div className="form-actions">
        <Button type="submit" size="lg" disabled={isPending} aria-disabled={isPending || undefined}>
          {isPending ? "Sending…" : "Send request"}
        </Button>
      </div>
    </form>
  );
}
