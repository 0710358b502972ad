// The named fields of a posted form as a settings action reads them: text fields as strings, checkbox
// groups as lists of the checked values, single checkboxes as "on" or "". Files and anything not named are
// left out.
import { postedForm } from "./posted-form";

export type FormValues = Record<string, string | string[]>;

export function formValues(
  formData: unknown,
  fields: { text?: readonly string[]; multi?: readonly string[]; checkbox?: readonly string[] },
): FormValues {
  const values: FormValues = {};
  const form = postedForm(formData);
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
