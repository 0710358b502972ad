// A labelled form field: label (or legend), hint, error and the control, wired together for assistive tech.
// Works with native controls and react-hook-form's `{...register("name")}` spreads.
import { useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";

export type FieldState = {
  /** The control's id. In a group, give this id to the first option so an error link `#id` lands on it. */
  id: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
};

/** Props to spread onto the control of a Field. */
export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
};

export function fieldHintId(id: string): string {
  return `${id}-hint`;
}

export function fieldErrorId(id: string): string {
  return `${id}-error`;
}

/** The `aria-describedby` value for a field: its hint and error ids, when present. */
export function fieldDescribedBy({ id, hint, error }: Pick<FieldState, "id" | "hint" | "error">): string | undefined {
  const ids = [hint ? fieldHintId(id) : null, error ? fieldErrorId(id) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** Everything a control needs to be tied to its Field: id, aria-describedby, aria-invalid, aria-required. */
export function fieldControlProps({ id, hint, error, required }: FieldState): FieldControlProps {
  return {
    id,
    "aria-describedby": fieldDescribedBy({ id, hint, error }),
    "aria-invalid": error ? true : undefined,
    "aria-required": required ? true : undefined,
  };
}

export type FieldProps = FieldState & {
  label: ReactNode;
  /** Renders a fieldset with a legend, for radio and checkbox groups. */
  group?: boolean;
  className?: string;
  /** The control, or a function that receives the props to spread onto it. */
  children: ReactNode | ((control: FieldControlProps) => ReactNode);
};

/**
 * One form field. For a single control, pass a function child and spread what it receives:
 * `<Field id="email" label="Email" error={e}>{(c) => <input type="email" {...c} {...register("email")} />}</Field>`.
 * For a group (`group`), the fieldset carries the hint and error; pass Choice options as children.
 */
export function Field({ id, label, hint, error, required, group = false, className, children }: FieldProps) {
  const t = useTranslations("ui");
  const control = fieldControlProps({ id, hint, error, required });
  const classes = ["field", group ? "field--group" : null, error ? "field--invalid" : null, className]
    .filter(Boolean)
    .join(" ");
  const labelText = (
    <>
      {label}
      {required ? <span className="field__required"> {t("required")}</span> : null}
    </>
  );
  const messages = (
    <>
      {hint ? (
        <div id={fieldHintId(id)} className="field__hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={fieldErrorId(id)} className="field__error">
          <span className="visually-hidden">{t("errorPrefix")} </span>
          {error}
        </p>
      ) : null}
    </>
  );
  const content = typeof children === "function" ? children(control) : children;

  if (group) {
    return (
      <fieldset className={classes} aria-describedby={control["aria-describedby"]}>
        <legend className="field__label">{labelText}</legend>
        {messages}
        <div className="field__options">{content}</div>
      </fieldset>
    );
  }
  return (
    <div className={classes}>
      <label htmlFor={id} className="field__label">
        {labelText}
      </label>
      {messages}
      {content}
    </div>
  );
}

export type ChoiceProps = Omit<ComponentProps<"input">, "type"> & {
  id: string;
  type?: "radio" | "checkbox";
  label: ReactNode;
  description?: ReactNode;
};

/**
 * One radio or checkbox option, drawn as a card with a title and an optional description. Spread
 * `{...register("type")}` onto it like onto a native input; `ref` reaches the input.
 */
export function Choice({ id, type = "radio", label, description, className, ...input }: ChoiceProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const describedBy = [descriptionId, input["aria-describedby"]].filter(Boolean).join(" ") || undefined;
  return (
    <div className={["choice", className].filter(Boolean).join(" ")}>
      <input {...input} id={id} type={type} className="choice__input" aria-describedby={describedBy} />
      <label htmlFor={id} className="choice__label">
        <span className="choice__title">{label}</span>
        {description ? (
          <span id={descriptionId} className="choice__description">
            {description}
          </span>
        ) : null}
      </label>
    </div>
  );
}
