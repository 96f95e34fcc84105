import { headers } from 'next/headers';

// Runs as soon as the header is parsed, before React hydrates, so even an early click keeps the
// #section: a language link (a[hreflang]) gets the current fragment at the moment it is followed.
const SOURCE =
  "document.addEventListener('click',function(e){var a=e.target instanceof Element&&e.target.closest('a[hreflang]');if(a&&location.hash)a.hash=location.hash},true);";

/** The inline script that makes language links keep the current #section. */
export async function KeepHashScript() {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SOURCE }} />;
}
