// The 6-digit authenticator code field of every two-factor form.
import type { ComponentProps } from "react";
import styles from "./sign-in.module.css";

export function CodeInput(props: Omit<ComponentProps<"input">, "type">) {
  // maxLength 7: people often type the code as "123 456".
  return <input type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={7} className={styles.codeInput} {...props} />;
}
