"use client";
// The data subject's request form: react-hook-form with the same zod schema the server parses again.
// Without JavaScript it is a plain form POST to the server action, and errors come back from there. Words
// and errors are in the page's language; the schema is built with the same translator.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useMemo, useRef } from "react";
import { useForm, type FieldErrors } from "react-hook-form";
import { Alert, ErrorSummary } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice, Field } from "@/components/ui/field";
import type { Queue, RequestType } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n/locales";
import type { Jurisdiction } from "@/lib/requests/jurisdictions";
import { requestSchemaFor, REQUEST_FIELDS, type RequestField } from "@/lib/requests/schemas";
import type { RequestFormState } from "./request-form-state";
import styles from "./request-form.module.css";

export type RequestFormProps = {
  action: (state: RequestFormState, formData: FormData) => Promise<RequestFormState>;
  organizationName: string;
  /** The page's language: sent with the form, so the request's emails speak it. */
  locale: Locale;
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
  const { action, organizationName, locale, requestTypes, relationships, jurisdictions, defaultJurisdiction } = props;
  const t = useTranslations("requestForm");
  const validation = useTranslations("validation");
  const [state, formAction, isPending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const schema = useMemo(
    () => requestSchemaFor({ requestTypes: requestTypes.map((r) => r.type), relationships }, "subject", (key, values) => validation(key, values)),
    [requestTypes, relationships, validation],
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
    t("controllerPrompt");

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
      <input type="hidden" name="locale" value={locale} />
      {state?.formError ? <Alert tone="error" title={t("couldNotSend")}>{state.formError}</Alert> : null}
      <ErrorSummary ref={summaryRef} errors={summary} />

      <Field id={anchorOf("type", props)} group label={t("typeLabel")} error={errorOf("type")} required>
        {requestTypes.map((r) => (
          <Choice
            key={r.type}
            id={`type-${r.type}`}
            value={r.type}
            label={r.label}
            description={r.description}
            defaultChecked={initial.type === r.type}
            {...register("type")}
          />
        ))}
      </Field>

      <div className={styles.whenCorrection}>
        <Field id="correctionWrong" label={t("correctionWrong")} error={errorOf("correctionWrong")} required>
          {(c) => <textarea rows={3} {...c} defaultValue={initial.correctionWrong} {...register("correctionWrong")} />}
        </Field>
        <Field id="correctionRight" label={t("correctionRight")} error={errorOf("correctionRight")} required>
          {(c) => <textarea rows={3} {...c} defaultValue={initial.correctionRight} {...register("correctionRight")} />}
        </Field>
      </div>

      <Field
        id={anchorOf("relationship", props)}
        group
        label={t("relationshipLabel", { organization: organizationName })}
        hint={t("relationshipHint")}
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
            hint={t("controllerHint", { organization: organizationName })}
            error={errorOf("controllerName")}
            required
          >
            {(c) => <input type="text" autoComplete="off" {...c} defaultValue={initial.controllerName} {...register("controllerName")} />}
          </Field>
        </div>
      ) : null}

      <Field id="name" label={t("name")} error={errorOf("name")} required>
        {(c) => <input type="text" autoComplete="name" {...c} defaultValue={initial.name} {...register("name")} />}
      </Field>

      <Field
        id="email"
        label={t("email")}
        hint={t("emailHint")}
        error={errorOf("email")}
        required
      >
        {(c) => <input type="email" autoComplete="email" inputMode="email" {...c} defaultValue={initial.email} {...register("email")} />}
      </Field>

      <Field
        id="jurisdiction"
        label={t("jurisdiction")}
        hint={t("jurisdictionHint")}
        error={errorOf("jurisdiction")}
        required
      >
        {(c) => (
          <select autoComplete="country" {...c} defaultValue={initial.jurisdiction} {...register("jurisdiction")}>
            <option value="">{t("jurisdictionChoose")}</option>
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
        label={t("details")}
        hint={t("detailsHint")}
        error={errorOf("details")}
      >
        {(c) => <textarea rows={5} {...c} defaultValue={initial.details} {...register("details")} />}
      </Field>

      <div className="form-actions">
        <Button type="submit" size="lg" disabled={isPending} aria-disabled={isPending || undefined}>
          {isPending ? t("sending") : t("send")}
        </Button>
      </div>
    </form>
  );
}
