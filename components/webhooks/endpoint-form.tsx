"use client";
// "Add an endpoint": the address, a note, and the events, checked in the browser with the schema the server
// parses again (which also checks where the address points). On success the signing secret is shown once.
import { useRef } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, ErrorSummary } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice, Field } from "@/components/ui/field";
import { endpointSchema, type EndpointInput } from "@/lib/webhooks/schemas";
import { SecretOnce } from "./secret-once";
import type { WebhookFormAction, WebhookFormState } from "./webhook-form-state";

type Props = {
  action: WebhookFormAction;
  events: { value: string; label: string; description: string }[];
  httpsOnly: boolean;
};

const EMPTY: EndpointInput = { url: "", description: "", events: [] };

export function EndpointForm({ action, events, httpsOnly }: Props) {
  const statusRef = useRef<HTMLDivElement>(null);
  const { state, failure, isPending, form, formRef, summaryRef, formAction, onSubmit } = useActionForm<EndpointInput, WebhookFormState>(action, {
    schema: endpointSchema,
    defaultValues: (failure) => (failure?.values ? { ...EMPTY, ...failure.values } : EMPTY),
    resetTo: EMPTY,
    successFocus: statusRef,
  });

  const urlError = form.formState.errors.url?.message;
  const descriptionError = form.formState.errors.description?.message;
  const eventsError = form.formState.errors.events?.message ?? (form.formState.errors.events as { root?: { message?: string } } | undefined)?.root?.message;
  const firstEventId = `endpoint-event-${events[0]?.value}`;
  const summary = [
    ...(urlError ? [{ id: "endpoint-url", message: urlError }] : []),
    ...(descriptionError ? [{ id: "endpoint-description", message: descriptionError }] : []),
    ...(eventsError ? [{ id: firstEventId, message: eventsError }] : []),
  ];

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="form"
      aria-labelledby="add-endpoint-heading"
      onSubmit={onSubmit}
    >
      <div ref={statusRef} tabIndex={-1}>
        {state?.ok ? (
          <>
            <Alert tone="success">{state.message}</Alert>
            {state.secret ? <SecretOnce secret={state.secret} id="new-endpoint-secret" /> : null}
          </>
        ) : null}
        {failure && !failure.fieldErrors ? (
          <Alert tone="error" title="The endpoint was not added">
            <p>{failure.error}</p>
          </Alert>
        ) : null}
      </div>
      <ErrorSummary ref={summaryRef} errors={summary} />
      <Field
        id="endpoint-url"
        label="Address"
        hint={httpsOnly ? "An https:// address on the public internet." : "An https:// or http:// address (this server allows private networks)."}
        error={urlError}
        required
      >
        {(c) => <input type="url" autoComplete="off" spellCheck={false} inputMode="url" {...c} {...form.register("url")} />}
      </Field>
      <Field id="endpoint-description" label="Description (optional)" hint="For your colleagues: what receives these events." error={descriptionError}>
        {(c) => <input type="text" autoComplete="off" {...c} {...form.register("description")} />}
      </Field>
      <Field id={firstEventId} group label="Events to send" error={eventsError} required className="choice-list--compact">
        {events.map((e) => (
          <Choice key={e.value} type="checkbox" id={`endpoint-event-${e.value}`} value={e.value} label={e.label} description={e.description} {...form.register("events")} />
        ))}
      </Field>
      <div className="form-actions">
        <Button type="submit" disabled={isPending} aria-disabled={isPending || undefined}>
          {isPending ? "Adding…" : "Add endpoint"}
        </Button>
      </div>
    </form>
  );
}
