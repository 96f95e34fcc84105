import { readFileSync } from 'node:fs';
import type { APIResponse } from '@playwright/test';
import { createConsentRecord, serializeConsent, CONSENT_COOKIE } from '../../lib/consent/format';
import { VARIANTS } from '../../lib/consent/variants';
import { routing } from '../../lib/i18n/routing';
import { hashesIn, hashesOf } from '../../lib/security/inline-hashes';
import { sitePages } from '../../lib/routes';
import { showsConsentBanner } from '../../scripts/lib/banner-markup';
import { expect, test } from './fixtures';

/** One request per consent variant: the cookie (or header) that makes the proxy choose it. */
const cookieFor = (usability: boolean, tracking: boolean, marketing: boolean, rev = 1) =>
  `${CONSENT_COOKIE}=${serializeConsent(createConsentRecord({ usability, tracking, marketing }, rev))}`;
const VISITORS: { name: string; variant: string; headers: Record<string, string> }[] = [
  { name: 'first visit', variant: '_v-first', headers: {} },
  { name: 'first visit with GPC', variant: '_v-first-gpc', headers: { 'sec-gpc': '1' } },
  { name: 'garbage cookie', variant: '_v-first', headers: { cookie: `${CONSENT_COOKIE}=%7Bnot-json` } },
  { name: 'choice for another revision', variant: '_v-renew', headers: { cookie: cookieFor(true, true, true, 7) } },
  { name: 'choice for another revision, GPC', variant: '_v-renew-gpc', headers: { cookie: cookieFor(true, true, true, 7), 'sec-gpc': '1' } },
  ...[0, 1, 2, 3, 4, 5, 6, 7].map((n) => {
    const bits = [n & 4, n & 2, n & 1].map(Boolean) as [boolean, boolean, boolean];
    return { name: `returning, ${bits.map(Number).join('')}`, variant: `_v-q${bits.map(Number).join('')}`, headers: { cookie: cookieFor(...bits) } };
  }),
];
const PAGES = [...sitePages(), '/no-such-page'];

function expectCoveredAndCached(response: APIResponse, html: string, where: string): void {
  const headers = response.headers();
  expect(headers['x-nextjs-cache'], `${where}: served from the prerender cache`).toBe('HIT');
  // A second policy would be enforced too: the page must arrive with its own and no other.
  const policies = response.headersArray().filter(({ name }) => name.toLowerCase() === 'content-security-policy');
  expect(policies, `${where}: exactly one Content-Security-Policy`).toHaveLength(1);
  expect(hashesIn(policies[0]!.value), `${where}: the CSP lists exactly the hashes of the inline scripts and styles served`).toEqual(hashesOf(html));
  for (const [name, value] of Object.entries(headers)) expect(`${name}: ${value}`, `${where}: no header names the internal variant`).not.toMatch(/_v-/);
  expect(headers['cache-control'], `${where}: no shared cache keeps a visitor's variant`).toMatch(/private/);
}

test('the build prerenders every page in every locale for every consent variant', () => {
  const routes = Object.keys((JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8')) as { routes: Record<string, unknown> }).routes);
  for (const locale of routing.locales) {
    for (const variant of VARIANTS) {
      for (const page of [...sitePages(), '/missing']) expect(routes).toContain(`/${locale}/${variant}${page}`);
    }
  }
});

for (const visitor of VISITORS) {
  test(`${visitor.name}: every page comes from the cache with a CSP that covers exactly its inline scripts and styles`, async ({ request }) => {
    for (const locale of routing.locales) {
      for (const page of PAGES) {
        const response = await request.get(`/${locale}${page}`, { headers: visitor.headers, maxRedirects: 0 });
        const where = `/${locale}${page} (${visitor.name})`;
        expect(response.status(), where).toBe(page === '/no-such-page' ? 404 : 200);
        const html = await response.text();
        expectCoveredAndCached(response, html, where);
        const banner = showsConsentBanner(html);
        expect(banner, `${where}: the banner only without a valid choice`).toBe(!visitor.variant.startsWith('_v-q'));
      }
    }
  });
}

test('variant paths are internal: requested directly they answer the 404 page', async ({ request }) => {
  for (const variant of VARIANTS) {
    for (const path of [`/ru/${variant}`, `/en/${variant}/privacy`, `/kk/${variant}/cookies`]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).not.toContain('data-consent-banner=""><form method="post" action="/api/consent"><input type="hidden" name="locale" value="x"');
    }
  }
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain('_v-');
});

test('a returning visitor with tracking consent gets GA in the first HTML; nobody else does', async ({ request }) => {
  const withTracking = await (await request.get('/ru/privacy', { headers: { cookie: cookieFor(false, true, false) } })).text();
  expect(withTracking).toContain('googletagmanager.com/gtag/js');
  expect(withTracking).toContain('"analytics_storage":"granted"');
  expect(withTracking).toContain('"ad_storage":"denied"');
  const others: Record<string, string>[] = [{}, { cookie: cookieFor(true, false, true) }, { cookie: cookieFor(true, true, true, 7) }];
  for (const headers of others) {
    expect(await (await request.get('/ru/privacy', { headers })).text()).not.toContain('googletagmanager.com/gtag/js');
  }
});

for (const consent of ['none', 'all'] as const) {
  test(`no CSP violation in Chromium on any page type, ${consent === 'all' ? 'with' : 'without'} analytics consent`, async ({ page, context, baseURL, googleRequests }) => {
    if (consent === 'all') {
      await context.addCookies([{ name: CONSENT_COOKIE, value: serializeConsent(createConsentRecord({ usability: true, tracking: true, marketing: true }, 1)), url: baseURL! }]);
    }
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`)),
    );
    for (const locale of routing.locales) {
      for (const path of PAGES.filter((p) => p !== '/no-such-page')) {
        await page.goto(`/${locale}${path}`, { waitUntil: 'load' });
        // Hydrated: the enhanced Cookie settings control is a button.
        await expect(page.getByRole('contentinfo').getByRole('button')).toBeVisible();
      }
    }
    expect(violations).toEqual([]);
    expect(googleRequests.length > 0).toBe(consent === 'all');
  });
}
