// The named text fields of a posted form. Files and anything not named are left out, so a server
// action only ever sees what its form asks for.
// A crafted action call can pass anything where the form's FormData belongs: that reads as an empty form.
export function textFields(formData: unknown, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  if (!(formData instanceof FormData)) return values;
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}
