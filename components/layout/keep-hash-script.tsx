// Runs once the page's content is parsed, before React hydrates: a language link (a[hreflang]) gets
// the current #section at the moment it is followed. It sits after the footer, not in the header,
// so that no inline script holds the parser before the content (docs/architecture.md, "Main
// thread"). Allowed by the CSP through its hash (scripts/page-csp.ts hashes every inline script).
const SOURCE =
  "document.addEventListener('click',function(e){var a=e.target instanceof Element&&e.target.closest('a[hreflang]');if(a&&location.hash)a.hash=location.hash},true);";

/** The inline script that makes language links keep the current #section. */
export function KeepHashScript() {
  return <script dangerouslySetInnerHTML={{ __html: SOURCE }} />;
}
