// A bordered surface that groups related content.
import type { ReactNode } from "react";

export type CardProps = {
  as?: "div" | "section" | "article" | "li";
  /** Set when the card has one main link that should make the whole card clickable (see .card__link). */
  isInteractive?: boolean;
  id?: string;
  className?: string;
  children: ReactNode;
  "aria-labelledby"?: string;
};

export function Card({ as: Tag = "div", isInteractive = false, className, children, ...rest }: CardProps) {
  const classes = ["card", isInteractive ? "card--interactive" : null, className].filter(Boolean).join(" ");
  return (
    <Tag className={classes} {...rest}>
      {children}
    </Tag>
  );
}
