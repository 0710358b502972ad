// What a settings form's server action answers: a confirmation, or the problems with everything that was
// typed (checkbox groups as lists), so nothing is lost.
export type SettingsValues = Record<string, string | string[]>;

export type SettingsFormState =
  | { ok: true; message: string }
  | { ok: false; error: string; fieldErrors?: Partial<Record<string, string[]>>; values?: SettingsValues }
  | null;

export type SettingsFormAction = (state: SettingsFormState, formData: FormData) => Promise<SettingsFormState>;
