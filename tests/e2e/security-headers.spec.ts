import { hashSource } from '../../lib/security/inline-hashes';
import { expect, test } from './fixtures';

const REQUIRED = {
  'strict-transport-security': /max-age=(\d+);\s*includeSubDomains/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^(strict-origin-when-cross-origin|strict-origin|same-origin|no-referrer)$/,
  'permissions-policy': /camera=\(\).*microphone=\(\).*geolocation=\(\).*payment=\(\).*usb=\(\)/,
  'cross-origin-opener-policy': /^same-origin$/,
  'cross-origin-resource-policy': /^same-origin$/,
} as const;

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  for (const [name, pattern] of Object.entries(REQUIRED)) expect(headers[name], `${name} on ${what}`).toMatch(pattern);
  expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
  expect(headers['x-powered-by'], `x-powered-by on ${what}`).toBeUndefined();
  expect(headers['content-security-policy'], `CSP on ${what}`).toBeTruthy();
}

test('pages, the API, static files and site files carry the security headers', async ({ request, page }) => {
  for (const path of ['/ru', '/en/privacy', '/ru/cookies', '/en/nope', '/sitemap.xml', '/robots.txt', '/icon.svg']) {
    const response = await request.get(path);
    expectSecurityHeaders(response.headers(), path);
  }
  const api = await request.post('/api/consent', { data: { bad: true } });
  expectSecurityHeaders(api.headers(), 'POST /api/consent');
  await page.goto('/ru');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  expectSecurityHeaders((await request.get(script!)).headers(), script!);
});

test('the page CSP allows scripts only from this origin or by hash: no nonce, no inline, no eval, no plugins, no framing', async ({ request }) => {
  const csp = (await request.get('/en/privacy')).headers()['content-security-policy'] ?? '';
  const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
  expect(directive('default-src')).toBe("default-src 'self'");
  expect(directive('script-src')).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+ https:\/\/\*\.googletagmanager\.com$/);
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|nonce-|strict-dynamic/);
  expect(directive('object-src')).toBe("object-src 'none'");
  expect(directive('base-uri')).toBe("base-uri 'none'");
  expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
  expect(directive('form-action')).toBe("form-action 'self'");
  expect(directive('connect-src')).toContain('https://*.google-analytics.com');
  expect(directive('connect-src')).toContain('https://*.analytics.google.com');
});

test('every inline script the browser finds is allowed by its hash, and the same page always gets the same policy', async ({ page }) => {
  const policies: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const response = await page.goto('/ru/privacy');
    const csp = response?.headers()['content-security-policy'] ?? '';
    policies.push(csp);
    // Executable scripts only: JSON-LD is data, which CSP does not govern.
    const inline = await page.locator('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    expect(inline.length).toBeGreaterThan(0);
    for (const text of inline) expect(csp).toContain(`'${hashSource(text)}'`);
  }
  expect(policies[0]).toBe(policies[1]);
});

// No CSP violation in Chromium on any page, with and without analytics consent: prerendering.spec.ts
// (every locale, every page type, hydration included).
