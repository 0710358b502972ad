// The form a server action was posted. A crafted action call can pass anything where the form's FormData
// belongs (a string, null, an object): that reads as an empty form, never as a TypeError and a 500.
export function postedForm(formData: unknown): FormData {
  return formData instanceof FormData ? formData : new FormData();
}
