// Runs as soon as the header is parsed, before React hydrates, so even an early click keeps the
// #section: a language link (a[hreflang]) gets the current fragment at the moment it is followed.
// Allowed by the CSP through its hash (scripts/page-csp.ts hashes every inline script).
const SOURCE =
  "document.addEventListener('click',function(e){var a=e.target instanceof Element&&e.target.closest('a[hreflang]');if(a&&location.hash)a.hash=location.hash},true);";

/** The inline script that makes language links keep the current #section. */
export function KeepHashScript() {
  return <script dangerouslySetInnerHTML={{ __html: SOURCE }} />;
}
