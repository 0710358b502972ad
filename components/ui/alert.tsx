// Callouts for information, success and errors, plus the error summary at the top of a form.
import { useTranslations } from "next-intl";
import type { ReactNode, Ref } from "react";

export type AlertTone = "info" | "success" | "warning" | "error";

export type AlertProps = {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /**
   * Announce the alert when it appears (errors as role="alert", the rest as role="status"). Defaults to
   * true for error and success, which usually appear after an action; false for info and warning.
   */
  announce?: boolean;
  id?: string;
  className?: string;
};

export function Alert({ tone = "info", title, children, announce, id, className }: AlertProps) {
  const isAnnounced = announce ?? (tone === "error" || tone === "success");
  const role = isAnnounced ? (tone === "error" ? "alert" : "status") : undefined;
  return (
    <div id={id} role={role} className={["alert", `alert--${tone}`, className].filter(Boolean).join(" ")}>
      {title ? <p className="alert__title">{title}</p> : null}
      {children ? <div className="alert__body">{children}</div> : null}
    </div>
  );
}

export type ErrorSummaryItem = { id: string; message: string };

export type ErrorSummaryProps = {
  errors: readonly ErrorSummaryItem[];
  title?: ReactNode;
  /** Attach a ref to move focus here after a failed submit (the element has tabIndex -1). */
  ref?: Ref<HTMLDivElement>;
  className?: string;
};

/** Lists a form's errors, each linking to its field (`#id`). Renders nothing when there are none. */
export function ErrorSummary({ errors, title, ref, className }: ErrorSummaryProps) {
  const t = useTranslations("ui");
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className={["alert", "alert--error", "error-summary", className].filter(Boolean).join(" ")}
    >
      <h2 id="error-summary-title" className="alert__title">
        {title ?? t("errorSummaryTitle")}
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={e.id}>
            <a href={`#${e.id}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
