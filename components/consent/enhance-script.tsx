// Runs as the page is parsed, after the banner and the footer: with JavaScript the preferences
// links are buttons (they open the dialog) before React hydrates, so their role never flips under
// a visitor or a screen reader. Allowed by the CSP through its hash (scripts/page-csp.ts).
const SOURCE =
  "document.querySelectorAll('a[data-preferences]').forEach(function(a){a.setAttribute('role','button');a.setAttribute('aria-haspopup','dialog')});";

/** The inline script that gives "Customize" and "Cookie settings" their button role at once. */
export function EnhanceScript() {
  return <script dangerouslySetInnerHTML={{ __html: SOURCE }} />;
}
