// The named fields of a posted form as a settings action reads them: text fields as strings, checkbox
// groups as lists of the checked values, single checkboxes as "on" or "". Files and anything not named are
// left out.
export type FormValues = Record<string, string | string[]>;

export function formValues(
  formData: unknown,
  fields: { text?: readonly string[]; multi?: readonly string[]; checkbox?: readonly string[] },
): FormValues {
  const values: FormValues = {};
  // A crafted action call can pass anything where the form's FormData belongs: that reads as an empty form.
  if (!(formData instanceof FormData)) formData = new FormData();
  const form = formData as FormData;
  for (const name of fields.text ?? []) {
    const value = form.get(name);
    if (typeof value === "string") values[name] = value;
  }
  for (const name of fields.multi ?? []) {
    values[name] = form.getAll(name).filter((v): v is string => typeof v === "string");
  }
  // An unticked box posts nothing: "" keeps "unticked" apart from "not on this form".
  for (const name of fields.checkbox ?? []) values[name] = form.get(name) === "on" ? "on" : "";
  return values;
}
