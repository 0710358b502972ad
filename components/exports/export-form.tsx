"use client";
// An export as a form: checked in the browser with the export's zod schema, then submitted as a plain GET
// to the export's route, so the browser downloads the file while the page stays. Without JavaScript it is
// the same GET, and the server checks the same schema.
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert, ErrorSummary } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice, Field } from "@/components/ui/field";
import { EXPORT_FORMATS, EXPORT_FORMAT_LABELS } from "@/lib/exports/export-format";
import { exportFormatSchema, requestLogOptionsSchema, requestLogRangeSchema } from "@/lib/exports/schemas";
import styles from "./export-form.module.css";

const SCHEMAS = { format: exportFormatSchema, requestLogOptions: requestLogOptionsSchema, requestLogRange: requestLogRangeSchema };

type Values = { format: string; identifiers?: boolean; from?: string; to?: string };
type FieldName = keyof Values;

const FORMAT_HINTS: Record<(typeof EXPORT_FORMATS)[number], string> = {
  csv: "Opens in Excel, Numbers or LibreOffice. Cells that a spreadsheet would run as a formula start with an apostrophe.",
  ndjson: "One JSON object per line, for scripts and other systems.",
};

export type ExportFormProps = {
  /** Unique on the page: prefixes every control's id. */
  id: string;
  /** The export route. */
  action: string;
  schema: keyof typeof SCHEMAS;
  /** Sent with the form as they are: the view being exported (filters, view=range). */
  hidden?: Record<string, string>;
  defaultValues: Values;
  /** Messages from the server for input it refused, by field. */
  serverErrors?: Partial<Record<FieldName, string>>;
  submitLabel: string;
  /** Side by side, for the foot of a list. */
  isCompact?: boolean;
};

export function ExportForm({ id, action, schema, hidden = {}, defaultValues, serverErrors = {}, submitLabel, isCompact = false }: ExportFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [hasStarted, setHasStarted] = useState(false);
  const form = useForm<Values>({
    resolver: zodResolver(SCHEMAS[schema]) as never,
    defaultValues,
    mode: "onSubmit",
    reValidateMode: "onChange",
    // The error summary takes the focus instead, and lists every field to fix.
    shouldFocusError: false,
  });
  const hasRange = schema === "requestLogRange";
  const hasIdentifiers = schema !== "format";
  const fieldId = (name: string) => `${id}-${name}`;
  const errorOf = (name: FieldName) => form.formState.errors[name]?.message ?? (form.formState.isSubmitted ? undefined : serverErrors[name]);
  const fields: FieldName[] = hasRange ? ["from", "to", "format"] : ["format"];
  const summary = fields.flatMap((name) => {
    const message = errorOf(name);
    return message ? [{ id: name === "format" ? fieldId("format-csv") : fieldId(name), message }] : [];
  });

  // After each refused submit (and only then, not while typing), the summary takes the focus.
  const { submitCount } = form.formState;
  const hasErrors = summary.length > 0;
  useEffect(() => {
    if (submitCount > 0 && hasErrors) summaryRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a submit only
  }, [submitCount]);

  const onSubmit = form.handleSubmit(
    () => {
      // The browser's own submission: the response is an attachment, so it downloads and the page stays.
      formRef.current!.submit();
      setHasStarted(true);
    },
    () => setHasStarted(false),
  );

  return (
    <form
      ref={formRef}
      method="get"
      action={action}
      noValidate
      onSubmit={onSubmit}
      className={[styles.form, isCompact ? styles.compact : null].filter(Boolean).join(" ")}
      aria-label={submitLabel}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ErrorSummary ref={summaryRef} errors={summary} />
      {hasRange ? (
        <div className={styles.dates}>
          <Field id={fieldId("from")} label="First day received" error={errorOf("from")} required>
            {(c) => <input {...c} type="date" className="input--short" {...form.register("from")} />}
          </Field>
          <Field id={fieldId("to")} label="Last day received" error={errorOf("to")} required>
            {(c) => <input {...c} type="date" className="input--short" {...form.register("to")} />}
          </Field>
        </div>
      ) : null}
      <Field id={fieldId("format-csv")} group label="Format" error={errorOf("format")} className="choice-list--compact">
        {EXPORT_FORMATS.map((format) => (
          <Choice
            key={format}
            id={fieldId(`format-${format}`)}
            value={format}
            label={EXPORT_FORMAT_LABELS[format]}
            description={isCompact ? undefined : FORMAT_HINTS[format]}
            {...form.register("format")}
          />
        ))}
      </Field>
      {hasIdentifiers ? (
        <div className="choice-list--compact">
          <Choice
            id={fieldId("identifiers")}
            type="checkbox"
            value="1"
            label="Include subject identifiers (name, email address, jurisdiction)"
            description="Only if you need them. The audit log records whether an export included them."
            {...form.register("identifiers")}
          />
        </div>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" variant={isCompact ? "secondary" : "primary"}>
          {submitLabel}
        </Button>
      </div>
      {hasStarted ? (
        <Alert tone="success" className={styles.started}>
          Your download has started. The export is recorded in the audit log.
        </Alert>
      ) : null}
    </form>
  );
}
