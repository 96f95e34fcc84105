/** Hosts Google Analytics 4 needs, per Google's CSP guide (regional collection hosts included). */
const GA_IMG = ['https://*.google-analytics.com', 'https://*.googletagmanager.com'];
const GA_CONNECT = ['https://*.google-analytics.com', 'https://*.analytics.google.com', 'https://*.googletagmanager.com'];

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The page's Content-Security-Policy. Scripts run only with this response's nonce, and what they
 * load ('strict-dynamic'); 'unsafe-inline' and https: are ignored by browsers that understand
 * nonces and only keep old ones working. `dev` relaxes scripts ('unsafe-eval') and styles
 * ('unsafe-inline') for `next dev`'s own tooling.
 */
export function buildCsp(nonce: string, options: { dev?: boolean } = {}): string {
  const script = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : []), "'unsafe-inline'", 'https:'];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': script,
    // next dev's overlay injects inline styles; a nonce would make browsers ignore 'unsafe-inline'.
    'style-src': options.dev ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`],
    'img-src': ["'self'", 'data:', ...GA_IMG],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...GA_CONNECT, ...(options.dev ? ['ws:'] : [])],
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
