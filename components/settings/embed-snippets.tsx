// The code an organization pastes into its own website to offer the request form there: a script tag that
// sizes the frame to the form, or a plain iframe for sites that allow no scripts.
import styles from "./settings.module.css";

export function EmbedSnippets({ appUrl, slug }: { appUrl: string; slug: string }) {
  const scriptTag = `<script src="${appUrl}/embed.js" data-organization="${slug}" async></script>`;
  const iframe = `<iframe src="${appUrl}/embed/${slug}" title="Privacy request form" style="width:100%;height:64rem;border:0"></iframe>`;
  return (
    <>
      <p>
        Put the request form on your own website, in your colours and logo. Requests sent from it arrive in your queue like any other,
        marked &ldquo;Form on the organization&apos;s website&rdquo;, and the person confirms their email address first, as on the
        portal.
      </p>
      <h3 id="embed-script-heading">Script tag (recommended)</h3>
      <p>Paste it where the form should appear. It keeps the frame as tall as the form.</p>
      <pre className={styles.snippet} tabIndex={0} aria-labelledby="embed-script-heading">
        <code data-testid="embed-script-snippet">{scriptTag}</code>
      </pre>
      <h3 id="embed-iframe-heading">Plain iframe</h3>
      <p>For pages that cannot load scripts. Give it a fixed height.</p>
      <pre className={styles.snippet} tabIndex={0} aria-labelledby="embed-iframe-heading">
        <code>{iframe}</code>
      </pre>
    </>
  );
}
