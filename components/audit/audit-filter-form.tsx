"use client";
// The audit log's filters: checked in the browser with the same schema the page parses the address with,
// then applied by changing the address, so a filtered view can be bookmarked and shared. Without JavaScript
// the form is a plain GET and the page shows what to fix.
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useForm } from "react-hook-form";
import { ErrorSummary } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { auditFiltersSchema, auditHref, type AuditFilterField } from "@/lib/audit/schemas";
import styles from "@/components/ui/filter-form.module.css";

type Values = Record<AuditFilterField, string>;

type Props = {
  orgSlug: string;
  /** What the address holds (as typed, when it is not right). */
  values: Values;
  serverErrors: Partial<Record<AuditFilterField, string>>;
  exampleReference: string;
  hasFilters: boolean;
};

const FIELDS: { name: AuditFilterField; label: string; hint?: string; type: "text" | "date"; wide?: boolean }[] = [
  { name: "actor", label: "Who", hint: "All or part of an email address.", type: "text", wide: true },
  { name: "action", label: "Action", hint: "Such as request.assign, or a family such as request or auth.", type: "text", wide: true },
  { name: "request", label: "Request reference", type: "text" },
  { name: "from", label: "From", type: "date" },
  { name: "to", label: "To", type: "date" },
];

export function AuditFilterForm({ orgSlug, values, serverErrors, exampleReference, hasFilters }: Props) {
  const router = useRouter();
  const summaryRef = useRef<HTMLDivElement>(null);
  const form = useForm<Values>({ resolver: zodResolver(auditFiltersSchema) as never, defaultValues: values, mode: "onSubmit", reValidateMode: "onChange", shouldFocusError: false });
  const errorOf = (name: AuditFilterField) => form.formState.errors[name]?.message ?? (form.formState.isSubmitted ? undefined : serverErrors[name]);
  const summary = FIELDS.flatMap(({ name }) => {
    const message = errorOf(name);
    return message ? [{ id: `audit-${name}`, message }] : [];
  });

  // After each refused submit (and only then, not while typing), the summary takes the focus.
  const { submitCount } = form.formState;
  const hasErrors = summary.length > 0;
  useEffect(() => {
    if (submitCount > 0 && hasErrors) summaryRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a submit only
  }, [submitCount]);

  const onSubmit = form.handleSubmit((filters) => router.push(auditHref(orgSlug, filters)));

  return (
    <form method="get" action={`/dashboard/${orgSlug}/audit`} noValidate onSubmit={onSubmit} aria-label="Filter the audit log" className={styles.form}>
      <ErrorSummary ref={summaryRef} errors={summary} />
      <div className={styles.fields}>
        {FIELDS.map(({ name, label, hint, type, wide }) => (
          <Field
            key={name}
            id={`audit-${name}`}
            label={label}
            hint={name === "request" ? `Such as ${exampleReference}.` : hint}
            error={errorOf(name)}
            className={wide ? styles.wide : undefined}
          >
            {(c) => (
              <input
                {...c}
                type={type === "date" ? "date" : "text"}
                autoComplete="off"
                spellCheck={false}
                {...form.register(name)}
              />
            )}
          </Field>
        ))}
        <div className={styles.actions}>
          <button type="submit" className={buttonClassName({ variant: "primary" })}>
            Apply filters
          </button>
          {hasFilters ? <Link href={`/dashboard/${orgSlug}/audit`}>Clear filters</Link> : null}
        </div>
      </div>
    </form>
  );
}
