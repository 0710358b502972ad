// The signing secret, shown the one time it exists in the clear: a read-only field to copy from and the
// reason it will not be shown again.
import { Alert } from "@/components/ui/alert";
import styles from "./webhooks.module.css";

export function SecretOnce({ secret, id }: { secret: string; id: string }) {
  return (
    <Alert tone="warning" title="Copy the signing secret now" announce>
      <p>It is shown only this once. Your receiver needs it to check the Rightsdesk-Signature header of every delivery.</p>
      <div className="field">
        <label htmlFor={id} className="field__label">
          Signing secret
        </label>
        <input id={id} readOnly value={secret} spellCheck={false} autoComplete="off" onFocus={(e) => e.currentTarget.select()} className={styles.secret} />
      </div>
    </Alert>
  );
}
