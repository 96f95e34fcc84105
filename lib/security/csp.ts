/** Hosts Google Analytics 4 needs, per Google's CSP guide (regional collection hosts included). */
const GA_SCRIPT = ['https://*.googletagmanager.com'];
const GA_IMG = ['https://*.google-analytics.com', 'https://*.googletagmanager.com'];
const GA_CONNECT = ['https://*.google-analytics.com', 'https://*.analytics.google.com', 'https://*.googletagmanager.com'];

/** What one prerendered page needs from its Content-Security-Policy. */
export interface PageCspOptions {
  /** `'sha256-…'` sources of every inline script the page's HTML holds (from the build's manifest). */
  scriptHashes: readonly string[];
  /** The same for inline `<style>` elements, if any. */
  styleHashes?: readonly string[];
  /** Google Analytics is configured, so the page may load it once tracking is granted. */
  analytics: boolean;
  /** `next dev`: its tooling needs eval, inline scripts and styles, and a websocket. */
  dev?: boolean;
}

/**
 * A page's Content-Security-Policy without a nonce, so the page can be served from the prerender
 * cache: scripts run only from this origin or when their exact text is listed by hash. Neither
 * 'unsafe-inline' nor 'strict-dynamic' is sent: a browser that does not know hashes simply runs no
 * inline script, and the site still works as plain HTML forms and links.
 */
export function buildCsp(options: PageCspOptions): string {
  const { scriptHashes, styleHashes = [], analytics, dev = false } = options;
  const quoted = (hashes: readonly string[]) => hashes.map((hash) => `'${hash}'`);
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': dev ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"] : ["'self'", ...quoted(scriptHashes), ...(analytics ? GA_SCRIPT : [])],
    'style-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'", ...quoted(styleHashes)],
    'img-src': ["'self'", 'data:', ...(analytics ? GA_IMG : [])],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(analytics ? GA_CONNECT : []), ...(dev ? ['ws:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
    'manifest-src': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** For responses that are not pages (API, files): nothing may run or embed them. */
export const LOCKED_DOWN_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
