// The named text fields of a posted form. Files and anything not named are left out, so a server
// action only ever sees what its form asks for.
export function textFields(formData: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}
