// The top of a page: its one h1, with an optional eyebrow line, a lead paragraph and actions.
import type { ReactNode } from "react";

export type PageHeaderProps = {
  title: ReactNode;
  /** A short line above the title, e.g. the section or organization. */
  eyebrow?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  className?: string;
};

export function PageHeader({ title, eyebrow, description, actions, className }: PageHeaderProps) {
  return (
    <header className={["page-header", className].filter(Boolean).join(" ")}>
      {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
      <h1 className="page-header__title">{title}</h1>
      {description ? <div className="page-header__description">{description}</div> : null}
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}
