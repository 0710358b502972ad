// Buttons and links that look like buttons. One look for each intent, so every page agrees.
import Link from "next/link";
import type { ComponentProps } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "quiet";
export type ButtonSize = "md" | "lg";

type Look = { variant?: ButtonVariant; size?: ButtonSize };

/** The class list of a button; for the rare element that must look like one without being Button. */
export function buttonClassName({ variant = "primary", size = "md", className }: Look & { className?: string }): string {
  return ["button", `button--${variant}`, size === "lg" ? "button--lg" : null, className].filter(Boolean).join(" ");
}

export type ButtonProps = ComponentProps<"button"> & Look;

/** A native button; `type` defaults to "button" so a button in a form never submits by accident. */
export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClassName({ variant, size, className })} {...props} />;
}

export type ButtonLinkProps = ComponentProps<typeof Link> & Look;

/** A navigation link (next/link) that looks like a button. */
export function ButtonLink({ variant, size, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClassName({ variant, size, className })} {...props} />;
}
