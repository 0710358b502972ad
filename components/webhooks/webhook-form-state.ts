// What the webhooks page's server actions answer to their forms: a confirmation (with the signing secret,
// the one time it is shown), or the problem next to the fields, with what was typed.
export type WebhookFormState =
  | { ok: true; message: string; secret?: string }
  | { ok: false; error: string; fieldErrors?: Partial<Record<string, string[]>>; values?: { url?: string; description?: string; events?: string[] } }
  | null;

export type WebhookFormAction = (state: WebhookFormState, formData: FormData) => Promise<WebhookFormState>;
