// The named text fields of a posted form. Files and anything not named are left out, so a server
// action only ever sees what its form asks for.
import { postedForm } from "./posted-form";
export function textFields(formData: unknown, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  const form = postedForm(formData);
  for (const name of names) {
    const value = form.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}
