// What the members page's and the invitation page's server actions answer to their forms: a
// confirmation, or the problem — next to the fields where it belongs — with what was typed (never a password).
export type MemberFormState =
  | { ok: true; message: string }
  | { ok: false; error: string; fieldErrors?: Partial<Record<string, string[]>>; values?: Record<string, string> }
  | null;

export type MemberFormAction = (state: MemberFormState, formData: FormData) => Promise<MemberFormState>;
