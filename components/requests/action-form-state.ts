// What a request page's server action answers to its form: a confirmation, or the problem with
// the values that were typed (so nothing is lost).
export type ActionFormState =
  | { ok: true; message: string }
  | { ok: false; error: string; fieldErrors?: Partial<Record<string, string[]>>; values?: Record<string, string> }
  | null;

export type FormAction = (state: ActionFormState, formData: FormData) => Promise<ActionFormState>;
