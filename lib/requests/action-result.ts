// What every staff and subject action answers: success, or a failure the page can show as it is.
export type ActionFailureCode = "not_found" | "forbidden" | "not_allowed" | "invalid" | "conflict";

export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionFailure = { ok: false; code: ActionFailureCode; error: string; fieldErrors?: FieldErrors };

export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

export const NOT_FOUND_MESSAGE = "We can't find this request in your organization.";

export function invalid(fieldErrors: FieldErrors, error = "Some answers need fixing."): ActionFailure {
  return { ok: false, code: "invalid", error, fieldErrors };
}
