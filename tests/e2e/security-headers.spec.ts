import { SITE_PAGES } from '../../lib/site-pages';
import { expect, test } from './fixtures';
import { giveConsent } from './consent-helpers';

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

test('the page CSP allows scripts only by nonce, no eval, no plugins, no framing', async ({ request }) => {
  const csp = (await request.get('/en/privacy')).headers()['content-security-policy'] ?? '';
  const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
  expect(directive('default-src')).toBe("default-src 'self'");
  expect(directive('script-src')).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp).not.toContain('unsafe-eval');
  expect(directive('object-src')).toBe("object-src 'none'");
  expect(directive('base-uri')).toBe("base-uri 'none'");
  expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
  expect(directive('form-action')).toBe("form-action 'self'");
  expect(directive('connect-src')).toContain('https://*.google-analytics.com');
  expect(directive('connect-src')).toContain('https://*.analytics.google.com');
});

test('each response has a fresh nonce that every script carries', async ({ page }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const response = await page.goto('/ru/privacy');
    const nonce = /'nonce-([^']+)'/.exec(response?.headers()['content-security-policy'] ?? '')?.[1];
    expect(nonce).toBeTruthy();
    nonces.push(nonce!);
    // Executable scripts only: JSON-LD is data, which CSP does not govern.
    const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    for (const value of scripts) expect(value).toBe(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

for (const consent of [false, true]) {
  test(`no CSP violation on any page ${consent ? 'with' : 'without'} analytics consent`, async ({ page, context, baseURL, googleRequests }) => {
    if (consent) await giveConsent(context, baseURL!);
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`)),
    );
    for (const locale of ['ru', 'en']) {
      for (const path of SITE_PAGES) await page.goto(`/${locale}${path === '/' ? '' : path}`, { waitUntil: 'load' });
    }
    expect(violations).toEqual([]);
    if (consent) expect(googleRequests.length).toBeGreaterThan(0);
  });
}
